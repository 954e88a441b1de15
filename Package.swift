// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "jixiao",
    products: [
        .library(name: "Jixiao", targets: ["Jixiao"]),
        .executable(name: "jixiao", targets: ["jixiao"]),
    ],
    targets: [
        // The system zlib through a module map: DEFLATE for the ZIP container of XLSX files.
        .systemLibrary(name: "CZlib", path: "Sources/CZlib"),
        .target(name: "Jixiao", dependencies: ["CZlib"]),
        .executableTarget(name: "jixiao", dependencies: ["Jixiao"]),
        // The benchmark (swift run -c release jixiao-bench); not part of swift test.
        .executableTarget(name: "jixiao-bench", dependencies: ["Jixiao"]),
        .testTarget(
            name: "JixiaoTests",
            dependencies: ["Jixiao", "jixiao"],
            // Data the tests read by path (#filePath), not resources of the test bundle.
            exclude: ["BadInputs", "Golden", "Fixtures"]
        ),
    ]
)
