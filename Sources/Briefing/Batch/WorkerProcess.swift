import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#endif

/// A child process with pipes on its standard input, output and error; owns the descriptors.
///
/// Started with `posix_spawn` in a process group of its own (with the children it forks), so the
/// parent decides when it stops: Ctrl-C on a terminal reaches the parent, which stops the
/// workers in order. Empty signal mask, default SIGPIPE handling. Every descriptor the parent
/// keeps is close-on-exec, so siblings never hold each other's pipes open.
final class WorkerProcess {
    let pid: pid_t
    /// Write end of the child's standard input; -1 once closed.
    private(set) var input: Int32
    /// Read end of the child's standard output (non-blocking).
    let output: Int32
    /// Read end of the child's standard error (non-blocking).
    let errorOutput: Int32
    /// The exit status once reaped.
    private(set) var exitStatus: Int32?

    init(executable: String, arguments: [String]) throws(BriefingError) {
        var stdinPipe: [Int32] = [-1, -1]
        var stdoutPipe: [Int32] = [-1, -1]
        var stderrPipe: [Int32] = [-1, -1]
        func closeAll() { for fd in stdinPipe + stdoutPipe + stderrPipe where fd >= 0 { close(fd) } }
        guard makePipe(&stdinPipe), makePipe(&stdoutPipe), makePipe(&stderrPipe) else {
            let reason = String(cString: strerror(errno))
            closeAll()
            throw BriefingError("cannot start a batch worker: \(reason)")
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, stdinPipe[0], 0)
        posix_spawn_file_actions_adddup2(&actions, stdoutPipe[1], 1)
        posix_spawn_file_actions_adddup2(&actions, stderrPipe[1], 2)

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var emptyMask = sigset_t()
        sigemptyset(&emptyMask)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        sigaddset(&defaults, SIGPIPE)
        posix_spawnattr_setsigmask(&attributes, &emptyMask)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setpgroup(&attributes, 0)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETPGROUP))

        let argv: [UnsafeMutablePointer<CChar>?] = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { for arg in argv { free(arg) } }
        // Bind every library symbol at start: the worker forks a child per article, and lazily
        // bound symbols would be looked up again in each child.
        var environment = ProcessInfo.processInfo.environment
        environment["LD_BIND_NOW"] = "1"
        let envp: [UnsafeMutablePointer<CChar>?] = environment.sorted { $0.key < $1.key }.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { for entry in envp { free(entry) } }
        var pid: pid_t = 0
        let status = posix_spawn(&pid, executable, &actions, &attributes, argv, envp)
        close(stdinPipe[0])
        close(stdoutPipe[1])
        close(stderrPipe[1])
        guard status == 0 else {
            close(stdinPipe[1])
            close(stdoutPipe[0])
            close(stderrPipe[0])
            throw BriefingError("cannot start a batch worker (\(executable)): \(String(cString: strerror(status)))")
        }
        self.pid = pid
        self.input = stdinPipe[1]
        self.output = stdoutPipe[0]
        self.errorOutput = stderrPipe[0]
        _ = fcntl(output, F_SETFL, fcntl(output, F_GETFL) | O_NONBLOCK)
        _ = fcntl(errorOutput, F_SETFL, fcntl(errorOutput, F_GETFL) | O_NONBLOCK)
    }

    deinit {
        if input >= 0 { close(input) }
        close(output)
        close(errorOutput)
        if exitStatus == nil {
            kill(-pid, SIGKILL)
            var status: Int32 = 0
            waitpid(pid, &status, 0)
        }
    }

    /// Sends one line; false when the worker is gone.
    func send(_ line: [UInt8]) -> Bool {
        guard input >= 0 else { return false }
        return LineChannel.writeAll(input, line)
    }

    /// Closes the worker's input: it finishes its article and exits.
    func closeInput() {
        if input >= 0 {
            close(input)
            input = -1
        }
    }

    /// Sends a signal to the worker and the children it forked (its process group).
    func signal(_ signal: Int32) {
        if exitStatus == nil { kill(-pid, signal) }
    }

    /// Reaps the process if it has ended (or waits for it with `block`); its wait status, or nil.
    @discardableResult
    func reap(block: Bool = false) -> Int32? {
        if let exitStatus { return exitStatus }
        var status: Int32 = 0
        while true {
            let result = waitpid(pid, &status, block ? 0 : WNOHANG)
            if result == pid {
                exitStatus = status
                return status
            }
            if result < 0 && errno == EINTR { continue }
            return nil
        }
    }

    /// Waits up to `seconds` for the process to end; its wait status, or nil if it is still running.
    func reap(within seconds: Double) -> Int32? {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if let status = reap() { return status }
            usleep(10_000)
        }
        return reap()
    }
}

/// Creates a pipe whose ends are close-on-exec (and non-blocking with `nonBlocking`).
func makePipe(_ fds: inout [Int32], nonBlocking: Bool = false) -> Bool {
    guard pipe(&fds) == 0 else { return false }
    for fd in fds {
        _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
        if nonBlocking { _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK) }
    }
    return true
}

/// How a process ended, in words.
struct WaitStatus {
    let raw: Int32

    var exited: Bool { raw & 0x7f == 0 }
    var exitCode: Int32 { (raw >> 8) & 0xff }
    var signalled: Bool { !exited && raw & 0x7f != 0x7f }
    var signal: Int32 { raw & 0x7f }

    /// Whether the process stopped because it was interrupted (SIGINT, SIGTERM, or its own exit
    /// status for them).
    var wasInterrupted: Bool {
        if signalled { return signal == SIGINT || signal == SIGTERM || signal == SIGHUP }
        return exitCode == 128 + SIGINT || exitCode == 128 + SIGTERM || exitCode == 128 + SIGHUP
    }

    var description: String {
        if signalled {
            let name = strsignal(signal).map { String(cString: $0) } ?? "signal \(signal)"
            return "it was killed by signal \(signal) (\(name))"
        }
        return "it exited with status \(exitCode)"
    }
}
