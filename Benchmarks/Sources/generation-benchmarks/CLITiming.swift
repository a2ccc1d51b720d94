import Foundation

/// Wall-clock time of the `providergen` executable itself, process start included: what a
/// user or the build plugin waits for. Start-up depends on how the binary is linked, so the
/// binary is built separately and passed in:
///
///     swift build -c release --static-swift-stdlib --product providergen
///     swift run -c release --package-path Benchmarks generation-benchmarks --cli .build/release/providergen
enum CLITiming {
    static func report(executable: String, repository: String) {
        let runs = 21
        let startUp = (0..<runs).map { _ in time(executable, ["--help"], in: repository) }
        let upToDate = (0..<runs).map { _ in time(executable, ["generate", "--check"], in: repository) }
        let fresh = (0..<runs).map { _ in
            let output = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString).path
            defer { try? FileManager.default.removeItem(atPath: output) }
            return time(executable, ["generate", "--output", output], in: repository)
        }
        print("providergen process, median of \(runs) runs (wall clock; CPU time of the process):")
        print("  start-up (--help):                      \(formatted(startUp))")
        print("  generate --check, Generated up to date: \(formatted(upToDate))")
        print("  generate into an empty folder:          \(formatted(fresh)) (38 files written and synced)")
    }

    private static func formatted(_ times: [(wall: Double, cpu: Double)]) -> String {
        String(format: "%5.1f ms; CPU %5.1f ms", median(times.map(\.wall)), median(times.map(\.cpu)))
    }

    /// posix_spawn and wait4 rather than `Process`, whose exit notification on Linux adds tens of
    /// milliseconds of its own. CPU time (user + system) is steadier than wall clock on a shared
    /// machine.
    private static func time(
        _ executable: String,
        _ arguments: [String],
        in folder: String
    ) -> (wall: Double, cpu: Double) {
        let previous = FileManager.default.currentDirectoryPath
        precondition(FileManager.default.changeCurrentDirectoryPath(folder), "cannot enter \(folder)")
        defer { _ = FileManager.default.changeCurrentDirectoryPath(previous) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { for argument in argv { free(argument) } }
        var status: Int32 = 0
        var usage = rusage()
        let elapsed = milliseconds {
            var child = pid_t()
            guard posix_spawn(&child, executable, &actions, nil, argv, environ) == 0 else {
                fatalError("cannot run \(executable)")
            }
            wait4(child, &status, 0, &usage)
        }
        precondition(status == 0, "\(executable) \(arguments) failed with status \(status)")
        return (elapsed, cpuMilliseconds(usage.ru_utime) + cpuMilliseconds(usage.ru_stime))
    }

    private static func cpuMilliseconds(_ time: timeval) -> Double {
        Double(time.tv_sec) * 1000 + Double(time.tv_usec) / 1000
    }
}
