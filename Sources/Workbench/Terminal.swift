import CNcursesw
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Why the workbench cannot start.
public enum WorkbenchError: Error, CustomStringConvertible {
    case notATerminal
    case cannotInitialise(term: String)

    public var description: String {
        switch self {
        case .notATerminal:
            "the workbench needs an interactive terminal (standard input and output); use `tagbench train` for scripts"
        case .cannotInitialise(let term):
            "cannot start ncurses on terminal type \"\(term)\"; set TERM (e.g. TERM=xterm-256color) or use `tagbench train`"
        }
    }
}

/// The terminal state saved before ncurses starts, for the crash handler (a signal handler
/// may only use plain globals and async-signal-safe calls).
nonisolated(unsafe) private var savedTermios = termios()
nonisolated(unsafe) private var haveSavedTermios = false

/// Restores the terminal from a fatal signal without ncurses (which is not signal-safe):
/// the saved terminal modes, the normal screen, a visible cursor; then dies of the signal.
private func crashHandler(_ signal: Int32) {
    restoreTerminalWithoutCurses()
    Glibc.signal(signal, SIG_DFL)
    raise(signal)
}

/// Gives the terminal back without ncurses, when there is no time to stop it properly (a
/// crash, a second Ctrl-C): the modes saved before ncurses started, the normal screen, a
/// visible cursor. Only async-signal-safe calls; harmless when ncurses never started.
public func restoreTerminalWithoutCurses() {
    guard haveSavedTermios else { return }
    _ = tcsetattr(STDIN_FILENO, TCSANOW, &savedTermios)
    let reset = "\u{1B}[0m\u{1B}[?1049l\u{1B}[?25h\r\n"
    reset.utf8CString.withUnsafeBufferPointer { p in _ = write(STDOUT_FILENO, p.baseAddress, p.count - 1) }
}

/// The ncurses adaptor: the only code that calls ncurses. It starts and ends the screen,
/// reads keys (`get_wch`, with a timeout) and copies a `CellGrid` to the terminal.
final class Terminal {
    private(set) var colors = false
    let unicode: Bool
    private var started = false
    private var screen: OpaquePointer?
    private var pairs: [Int: Int16] = [:]
    private var maxPairs = 0

    /// Call after `setlocale(LC_ALL, "")`.
    init() {
        let codeset = String(cString: nl_langinfo(nl_item(CODESET)))
        unicode = codeset.uppercased().replacingOccurrences(of: "-", with: "") == "UTF8"
    }

    /// Starts ncurses: cbreak, no echo, keypad, invisible cursor, colours unless `NO_COLOR`.
    func start() throws {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { throw WorkbenchError.notATerminal }
        if tcgetattr(STDIN_FILENO, &savedTermios) == 0 { haveSavedTermios = true }
        for sig in [SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGTRAP, SIGABRT] {
            _ = Glibc.signal(sig) { crashHandler($0) }
        }
        // ncurses turns SIGWINCH into KEY_RESIZE only if it finds the signal at its default
        // (an ignored signal survives exec: a launcher may have left it so), and unblocked.
        _ = Glibc.signal(SIGWINCH, SIG_DFL)
        var winch = sigset_t()
        sigemptyset(&winch)
        sigaddset(&winch, SIGWINCH)
        pthread_sigmask(SIG_UNBLOCK, &winch, nil)
        // newterm, unlike initscr, returns nil for an unknown terminal instead of exiting.
        guard let output = fdopen(STDOUT_FILENO, "w"), let input = fdopen(STDIN_FILENO, "r"),
              let s = newterm(nil, output, input) else {
            restoreCrashHandlers()
            throw WorkbenchError.cannotInitialise(term: ProcessInfo.processInfo.environment["TERM"] ?? "")
        }
        screen = s
        _ = set_term(s)
        started = true
        cbreak()
        noecho()
        nonl()
        keypad(tb_stdscr(), true)
        set_escdelay(25)
        curs_set(0)
        let noColor = !(ProcessInfo.processInfo.environment["NO_COLOR"] ?? "").isEmpty
        if has_colors() && !noColor {
            start_color()
            use_default_colors()
            colors = true
            maxPairs = Int(tb_color_pairs())
        }
    }

    /// Ends ncurses and gives the terminal back as it was.
    func stop() {
        guard started else { return }
        started = false
        curs_set(1)
        endwin()
        if let screen { delscreen(screen) }
        screen = nil
        restoreCrashHandlers()
    }

    private func restoreCrashHandlers() {
        for sig in [SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGTRAP, SIGABRT] { _ = Glibc.signal(sig, SIG_DFL) }
    }

    var size: (width: Int, height: Int) { (Int(tb_cols()), Int(tb_lines())) }

    /// The next key, waiting at most `milliseconds` (0: do not wait); nil when none came.
    func readKey(milliseconds: Int) -> Key? {
        wtimeout(tb_stdscr(), Int32(milliseconds))
        var ch: wint_t = 0
        let r = wget_wch(tb_stdscr(), &ch)
        if r == KEY_CODE_YES { return Self.translate(keyCode: Int32(ch)) }
        if r == OK { return Self.translate(character: UInt32(ch)) }
        return nil
    }

    static func translate(keyCode: Int32) -> Key? {
        switch keyCode {
        case tb_key_resize(): .resize
        case KEY_UP: .up
        case KEY_DOWN: .down
        case KEY_LEFT: .left
        case KEY_RIGHT: .right
        case KEY_HOME: .home
        case KEY_END: .end
        case KEY_PPAGE: .pageUp
        case KEY_NPAGE: .pageDown
        case KEY_BACKSPACE: .backspace
        case KEY_DC: .delete
        case KEY_ENTER: .enter
        case KEY_BTAB: .backTab
        case KEY_F0 + 1...KEY_F0 + 12: .function(Int(keyCode - KEY_F0))
        default: nil
        }
    }

    static func translate(character c: UInt32) -> Key? {
        switch c {
        case 9: return .tab
        case 10, 13: return .enter
        case 27: return .escape
        case 8, 127: return .backspace
        case 1...26: return .control(Character(Unicode.Scalar(c + 96)!))
        default:
            guard let scalar = Unicode.Scalar(c) else { return nil }
            return .char(Character(scalar))
        }
    }

    /// Copies `grid` to the screen and refreshes (ncurses sends only what changed).
    func draw(_ grid: CellGrid) {
        let win = tb_stdscr()
        let (width, height) = size
        for r in 0..<min(grid.height, height) {
            for c in 0..<min(grid.width, width) {
                let cell = grid[r, c]
                if cell.isContinuation { continue }
                var cc = cchar_t()
                var wide = Array(cell.text.unicodeScalars.prefix(Int(tb_ccharw_max()) - 1).map { wchar_t(bitPattern: $0.value) })
                if wide.isEmpty { wide = [wchar_t(32)] }
                wide.append(0)
                let (attr, pair) = attributes(cell.style)
                _ = wide.withUnsafeBufferPointer { setcchar(&cc, $0.baseAddress, attr, pair, nil) }
                _ = mvwadd_wch(win, Int32(r), Int32(c), &cc)
            }
        }
        if let cursor = grid.cursor, cursor.row < height, cursor.col < width {
            wmove(win, Int32(cursor.row), Int32(cursor.col))
            curs_set(1)
        } else {
            curs_set(0)
        }
        wnoutrefresh(win)
        doupdate()
    }

    /// Forces a full repaint on the next draw (after a resize).
    func invalidate() {
        clearok(tb_stdscr(), true)
    }

    private func attributes(_ style: Style) -> (attr_t, Int16) {
        var attr = tb_a_normal()
        let a = style.attributes
        if a.contains(.bold) { attr |= tb_a_bold() }
        if a.contains(.dim) { attr |= tb_a_dim() }
        if a.contains(.reverse) { attr |= tb_a_reverse() }
        if a.contains(.underline) { attr |= tb_a_underline() }
        guard colors, style.fg != .default || style.bg != .default else { return (attr_t(attr), 0) }
        let key = (style.fg.rawValue + 1) * 16 + (style.bg.rawValue + 1)
        if let pair = pairs[key] { return (attr_t(attr), pair) }
        guard pairs.count + 1 < maxPairs else { return (attr_t(attr), 0) }
        let pair = Int16(pairs.count + 1)
        init_pair(pair, Int16(style.fg.rawValue), Int16(style.bg.rawValue))
        pairs[key] = pair
        return (attr_t(attr), pair)
    }
}
