import Foundation
import Jixiao
#if canImport(Glibc)
import Glibc
#endif

// A reader that goes away (`| head -1`, a closed stderr) must not kill the process before its output
// file is written: writes to a closed pipe fail with EPIPE instead, and Console ignores that.
signal(SIGPIPE, SIG_IGN)
// Ctrl-C or a kill while an output is written leaves no hidden temporary file behind.
TemporaryFiles.removeOnSignals()
let runner = Runner(arguments: CommandLine.arguments, environment: ProcessInfo.processInfo.environment)
var status = runner.run()
// Standard output is checked to its close: a failed write or close (a full disk behind `> file`)
// fails the run, whatever the command returned.
if close(STDOUT_FILENO) != 0, errno != EBADF, errno != EPIPE {
    runner.console().reportStandardOutputFailure(errno)
}
if Console.standardOutputFailed { status = .inputError }
exit(status.rawValue)
