// swift-tools-version:6.0
import PackageDescription

/// The analysis plugins: each one a plain target under `Plugins/<Name>` with its YAML rule pack as a resource.
let analysisPlugins = ["Segments", "SalesSteps", "ClientFocus", "Framing", "Stats"]

let package = Package(
    name: "CoachLens",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "coachlens", targets: ["coachlens"]),
        .library(name: "CoachLensKit", targets: ["CoachLensKit"]),
        .library(name: "CoachLensPipeline", targets: ["CoachLensPipeline"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ],
    targets: [
        .systemLibrary(
            name: "CPCRE2",
            pkgConfig: "libpcre2-8",
            providers: [.apt(["libpcre2-dev"]), .brew(["pcre2"])]
        ),
        .target(name: "PCRE2Regex", dependencies: ["CPCRE2"]),
        .target(name: "CoachLensKit", dependencies: ["PCRE2Regex", "Yams"]),
        .target(
            name: "CoachLensPipeline", dependencies: ["CoachLensKit", "ZIPFoundation"], resources: [.copy("Rules")]),
        .target(
            name: "CoachLensReports",
            dependencies: ["CoachLensKit", "CoachLensPipeline", .product(name: "GRDB", package: "GRDB.swift")],
            resources: [.copy("Gaps/Rules")]),
        .executableTarget(
            name: "coachlens",
            dependencies: [
                "CoachLensKit", "CoachLensPipeline", "CoachLensReports",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ] + analysisPlugins.map { .target(name: $0) }
        ),
        .target(name: "TestSupport", dependencies: ["CoachLensKit"]),
        .testTarget(name: "PCRE2RegexTests", dependencies: ["PCRE2Regex"]),
        .testTarget(name: "CoachLensKitTests", dependencies: ["CoachLensKit", "TestSupport"], exclude: ["Fixtures"]),
        .testTarget(name: "CoachLensPipelineTests", dependencies: ["CoachLensPipeline", "TestSupport"]),
        .testTarget(name: "CoachLensReportsTests", dependencies: ["CoachLensReports", "TestSupport"], exclude: ["Fixtures"]),
        .testTarget(
            name: "PluginTests",
            dependencies: ["CoachLensKit", "CoachLensPipeline", "TestSupport"] + analysisPlugins.map { .target(name: $0) },
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "CLITests",
            dependencies: ["coachlens", "TestSupport", .product(name: "GRDB", package: "GRDB.swift")],
            exclude: ["Fixtures"]
        ),
    ] + analysisPlugins.map { name in
        .target(
            name: name,
            dependencies: ["CoachLensKit"],
            path: "Plugins/\(name)",
            resources: [.copy(name == "SalesSteps" ? "methods" : "Rules")]
        )
    },
    swiftLanguageModes: [.v6]
)
