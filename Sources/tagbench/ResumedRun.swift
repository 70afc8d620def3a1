import ArgumentParser
import Foundation
import Model
import Training
import Workbench

/// `train --resume DIR`: the resume point of DIR and the command line the run started with.
struct ResumedRun {
    static let argumentsKey = "tagbench.arguments", directoryKey = "tagbench.working_directory"

    var directory: URL
    var point: ResumePoint
    /// The original `train` arguments, and the options they parse to.
    var arguments: [String]
    var options: RunOptions

    /// Reads DIR's resume point and the options it was started with; relative paths in them
    /// are taken from the directory the run was started in.
    /// - Throws: `ValidationError` when other options are given too, `ResumeError` and the
    ///   errors of `ResumePoint.load`.
    init(directory path: String, command: String) throws {
        let given = Self.arguments(of: command)
            .filter { $0 != "--resume" && $0 != path && !$0.hasPrefix("--resume=") }
        if let other = given.first {
            throw ValidationError("--resume continues a run with the options it started with; give no other option (found \(other))")
        }
        directory = URL(fileURLWithPath: path, isDirectory: true).standardizedFileURL
        guard ResumePoint.exists(in: directory) else { throw ResumeError.noResumePoint(path: path) }
        point = try ResumePoint.load(from: directory)
        guard let json = point.extra[Self.argumentsKey],
              let saved = try? JSONDecoder().decode([String].self, from: Data(json.utf8)) else {
            throw ResumeError.noArguments(path: path)
        }
        arguments = saved
        if let cwd = point.extra[Self.directoryKey], FileManager.default.fileExists(atPath: cwd) {
            _ = FileManager.default.changeCurrentDirectoryPath(cwd)
        }
        options = try RunOptions.parse(saved)
    }

    /// This process's arguments to `command` (`train`, or `workbench`, which may be implicit).
    static func arguments(of command: String) -> [String] {
        let all = CommandLine.arguments.dropFirst()
        return Array(all.first == command ? all.dropFirst() : all)
    }

    /// The metadata a resume point of a run carries: its arguments and where it ran.
    static func metadata(arguments: [String]) -> [String: String] {
        let json = (try? JSONEncoder().encode(arguments)).map { String(decoding: $0, as: UTF8.self) } ?? "[]"
        return [argumentsKey: json, directoryKey: FileManager.default.currentDirectoryPath]
    }

    /// Throws when the data now read gives another model than the one saved (the training
    /// corpus changed since the run started: a different vocabulary or tag set).
    func check(_ run: PreparedRun) throws {
        guard run.config == point.config else {
            throw ResumeError.dataChanged(path: directory.path, saved: point.config, now: run.config)
        }
    }
}

enum ResumeError: Error, CustomStringConvertible {
    case noResumePoint(path: String)
    case noArguments(path: String)
    case dataChanged(path: String, saved: TaggerConfig, now: TaggerConfig)

    var description: String {
        switch self {
        case .noResumePoint(let path):
            "\(path): no \(ResumePoint.fileName) here: nothing to resume (it is written after each epoch and when a run is interrupted)"
        case .noArguments(let path):
            "\(path)/\(ResumePoint.fileName): it does not say how the run was started (no \(ResumedRun.argumentsKey) metadata)"
        case let .dataChanged(path, saved, now):
            "\(path): the training data changed since the run started (\(saved.vocabSize) words and \(saved.numTags) tags then, \(now.vocabSize) and \(now.numTags) now); resume needs the same data"
        }
    }
}

/// Watches SIGINT, SIGTERM and SIGHUP for a headless run, whose loop polls `fired` between
/// batches; a second signal writes `line` to standard error and exits at once with 128 +
/// the signal.
func watchInterrupts(again line: String) -> SignalWatcher {
    SignalWatcher(signals: [SIGINT, SIGTERM, SIGHUP]) { sig in
        line.utf8CString.withUnsafeBufferPointer { p in _ = write(STDERR_FILENO, p.baseAddress, p.count - 1) }
        _exit(128 + sig)
    }
}

/// "SIGINT", "SIGTERM", … for messages.
func signalName(_ sig: Int32) -> String {
    switch sig {
    case SIGINT: "SIGINT (Ctrl-C)"
    case SIGTERM: "SIGTERM"
    case SIGHUP: "SIGHUP"
    default: "signal \(sig)"
    }
}
