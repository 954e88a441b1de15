import Foundation

let status = Runner(arguments: CommandLine.arguments, environment: ProcessInfo.processInfo.environment).run()
exit(status.rawValue)
