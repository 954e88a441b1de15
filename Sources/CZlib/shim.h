// The system zlib (Debian's zlib1g-dev), used for DEFLATE in XLSX files.
#include <zlib.h>
