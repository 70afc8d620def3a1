import CNcursesw
import Dispatch
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The ncurses workbench: runs a `TrainingSession` behind a live screen until the user
/// quits (or SIGINT/SIGTERM/SIGHUP arrives).
///
/// The calling thread becomes the UI thread, the only one that touches ncurses. It redraws
/// at most 20 times a second and only when the snapshot, a key or the size changed; it
/// reads keys with a timeout, so it never waits on a batch. On the way out, however it
/// goes, the terminal is restored; the session is stopped at a batch boundary (saves are
/// atomic, so the checkpoint on disk is always a whole one).
public enum Workbench {
    /// How a workbench run ended.
    public struct Outcome: Sendable {
        /// The session's last snapshot, taken after training stopped.
        public var snapshot: EngineSnapshot
        /// The signal that ended the run (SIGINT, SIGTERM, SIGHUP), nil when the user quit.
        public var signal: Int32?
    }

    /// Runs the workbench; returns how it ended, after the terminal is restored.
    /// - Parameters:
    ///   - next: for a run of several sessions (a search): called on the UI thread with the
    ///     last snapshot of a session that has ended; returns the session to show and
    ///     start next, or nil when there is none (the screen then stays until the user quits).
    ///   - leaderboard: a search's leaderboard, read before every redraw.
    /// - Throws: `WorkbenchError` when there is no usable terminal (nothing has started then).
    @discardableResult
    public static func run(session first: TrainingSession, next: ((EngineSnapshot) -> TrainingSession?)? = nil,
                           leaderboard: (() -> LeaderboardView?)? = nil) throws -> Outcome {
        var session = first
        var next = next
        setlocale(LC_ALL, "")
        // Only the character set matters to ncurses; numbers stay in the C format everywhere
        // (printed figures, and any parsing the engine does on its thread).
        setlocale(LC_NUMERIC, "C")
        let terminal = Terminal()
        // A second signal leaves at once (the first waits for the batch and the save).
        let signals = SignalWatcher(signals: [SIGINT, SIGTERM, SIGHUP]) { sig in
            restoreTerminalWithoutCurses()
            let line = "tagbench: interrupted again: exiting without waiting for the save\n"
            line.utf8CString.withUnsafeBufferPointer { p in _ = write(STDERR_FILENO, p.baseAddress, p.count - 1) }
            _exit(128 + sig)
        }
        defer { signals.cancel() }
        try terminal.start()
        defer { terminal.stop() }
        let theme = Theme(color: terminal.colors, unicode: terminal.unicode)
        session.start()
        var ui = WorkbenchUI()
        var lastVersion = -1
        var lastSize = (width: 0, height: 0)
        var lastDraw = Date.distantPast
        var dirty = true
        var message = MessageTimer()
        // 10 frames a second: smooth enough for curves that move once a batch, and the UI thread
        // leaves the cores to training (a one-direction model trains on both).
        let frame = 0.1

        while !signals.fired {
            // Wait for a key, but no longer than the next frame is due.
            let sinceDraw = Date().timeIntervalSince(lastDraw)
            let wait = dirty ? max(frame - sinceDraw, 0) : frame
            let snapshot = session.snapshot()
            var quit = false
            if let key = terminal.readKey(milliseconds: Int(wait * 1000)) {
                var next: Key? = key
                // Take every key already typed before drawing (pasted text, key repeat).
                while let k = next {
                    if k == .resize { terminal.invalidate() }
                    for effect in ui.handle(k, snapshot: snapshot) {
                        switch effect {
                        case .send(let command): session.send(command)
                        case .tag(let words): ui.tagBox.pendingRequest = session.requestTags(words)
                        case .quit: quit = true
                        }
                    }
                    next = quit ? nil : terminal.readKey(milliseconds: 0)
                }
                dirty = true
            }
            if quit { break }
            var current = session.snapshot()
            if let advance = next, !current.state.isRunning {
                session.close()
                session.waitForThread(timeout: 10)
                if let following = advance(current) {
                    session = following
                    session.start()
                    ui.batches = BatchViewerState()
                    current = session.snapshot()
                    lastVersion = -1
                } else {
                    next = nil
                }
                dirty = true
            }
            if current.version != lastVersion { dirty = true }
            let size = terminal.size
            if size != lastSize { dirty = true }
            if message.update(current.message, now: Date()) { dirty = true }
            if dirty, Date().timeIntervalSince(lastDraw) >= frame {
                let screen = Screen(theme: theme, message: message.visible, leaderboard: leaderboard?())
                let (grid, geometry) = screen.render(current, ui: ui, width: size.width, height: size.height)
                ui.geometry = geometry
                terminal.draw(grid)
                lastVersion = current.version
                lastSize = size
                lastDraw = Date()
                dirty = false
            }
        }
        // Stop training at the next batch boundary; wait a little for it (a save in progress
        // completes), then give the terminal back.
        session.send(.stop)
        session.close()
        session.waitForThread(timeout: 10)
        return Outcome(snapshot: session.snapshot(), signal: signals.firedSignal)
    }
}

/// Shows the engine's latest message for a few seconds after it first appears.
struct MessageTimer {
    private var text: String?
    private var since = Date.distantPast
    private(set) var visible: String?
    var seconds = 6.0

    /// Notes the engine's message; returns whether what is visible changed.
    mutating func update(_ message: String?, now: Date) -> Bool {
        if message != text {
            text = message
            since = now
            visible = message
            return true
        }
        if visible != nil, now.timeIntervalSince(since) >= seconds {
            visible = nil
            return true
        }
        return false
    }
}

/// Turns termination signals into a flag that a loop polls: nothing is drawn from a signal
/// handler. The signals are ignored by default while watched, so a DispatchSource sees them.
/// A second signal, while the first is still being handled (a checkpoint being saved, say),
/// calls `onRepeat` on a Dispatch thread: the way to leave at once.
public final class SignalWatcher: @unchecked Sendable {
    private var sources: [DispatchSourceSignal] = []
    private let lock = NSLock()
    private var _fired: Int32?
    private let signals: [Int32]

    public init(signals: [Int32], onRepeat: (@Sendable (Int32) -> Void)? = nil) {
        self.signals = signals
        for sig in signals {
            Glibc.signal(sig, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: sig, queue: .global())
            source.setEventHandler { [weak self, source] in
                guard let self else { return }
                // Signals that arrive together are delivered as one event with a count.
                let count = source.data
                self.lock.lock()
                let first = self._fired == nil
                if first { self._fired = sig }
                self.lock.unlock()
                if !first || count > 1 { onRepeat?(sig) }
            }
            source.resume()
            sources.append(source)
        }
    }

    public var fired: Bool { firedSignal != nil }

    /// The first watched signal that arrived.
    public var firedSignal: Int32? {
        lock.lock()
        defer { lock.unlock() }
        return _fired
    }

    public func cancel() {
        for s in sources {
            s.setEventHandler(handler: nil)  // the handler holds its source
            s.cancel()
        }
        sources = []
        for sig in signals { Glibc.signal(sig, SIG_DFL) }
    }
}
