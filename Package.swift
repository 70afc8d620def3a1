// swift-tools-version:6.0
import PackageDescription

// One direction of dependency:
// tagbench (CLI) → Workbench (TUI) → Training → Model → Numerics.
// Only Workbench imports ncurses.
// Corpus sits beside Model and knows nothing of it.
let package = Package(
    name: "tagbench",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "tagbench", targets: ["tagbench"]),
        .library(name: "TagbenchModel", targets: ["Model"]),
        .library(name: "TagbenchTraining", targets: ["Training"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        .systemLibrary(
            name: "COpenBLAS",
            pkgConfig: "openblas",
            providers: [.apt(["libopenblas-dev"])]
        ),
        // No pkgConfig: ncursesw.pc's cflags carry -D_DEFAULT_SOURCE/-D_XOPEN_SOURCE=600, which
        // SwiftPM prohibits; the shim includes <ncursesw/curses.h> and the module map links it.
        .systemLibrary(
            name: "CNcursesw",
            providers: [.apt(["libncursesw5-dev"])]
        ),
        .target(name: "Numerics", dependencies: ["COpenBLAS"]),
        .target(name: "Corpus"),
        // -fno-math-errno: square roots (Adam's) compile to vector instructions instead of a
        // libm call per value that exists only to set errno, which nothing here reads.
        .target(name: "Model", dependencies: ["Numerics"], swiftSettings: [.unsafeFlags(["-Xcc", "-fno-math-errno"])]),
        .target(name: "Training", dependencies: ["Model", "Corpus", "Numerics"]),
        .target(name: "Workbench", dependencies: ["Training", "Model", "Corpus", "CNcursesw"]),
        // The embedded default corpus: Assets/ is its own target so the files
        // are compiled into the binary (no bundle to lose at install time).
        .target(
            name: "Assets",
            path: "Assets",
            exclude: ["README.md", "annotation-check.md", "entities"],
            resources: [.embedInCode("corpus/train.conllu"), .embedInCode("corpus/dev.conllu")]
        ),
        .executableTarget(
            name: "tagbench",
            dependencies: [
                "Workbench", "Training", "Corpus", "Model", "Numerics", "Assets",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "ModelTests", dependencies: ["Model", "Numerics", "Training"], exclude: ["Fixtures"]),
        .testTarget(name: "CorpusTests", dependencies: ["Corpus", "Assets"]),
        .testTarget(name: "TrainingTests", dependencies: ["Training", "Model", "Corpus", "Assets"]),
        // Runs the built `tagbench` binary (found beside the test bundle).
        .testTarget(name: "CLITests"),
        .testTarget(name: "WorkbenchTests", dependencies: ["Workbench", "Training", "Model", "Corpus"]),
    ]
)
