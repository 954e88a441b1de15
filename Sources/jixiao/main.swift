import Foundation
#if canImport(Glibc)
import Glibc
#endif

// A reader that goes away (`| head -1`, a closed stderr) must not kill the process before its output
// file is written: writes to a closed pipe fail with EPIPE instead, and Console ignores that.
signal(SIGPIPE, SIG_IGN)
let status = Runner(arguments: CommandLine.arguments, environment: ProcessInfo.processInfo.environment).run()
exit(status.rawValue)
