import Foundation

/// Paths into the repository, found from this file's location so tests run from any folder.
enum Fixtures {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    static func path(_ relative: String) -> String { root.appendingPathComponent(relative).path }

    static let seedDeclaration = path("samples/shanghai-hpf-2026/declaration.txt")

    static func text(_ relative: String) throws -> String {
        try String(contentsOfFile: path(relative), encoding: .utf8)
    }

    /// One form of a declaration in the PDF-export text: the header of project `name` with
    /// 年度资金申请总额 `total`, then the indicator table's `rows` (cells separated by tabs).
    static func form(_ name: String, total: String, rows: String) -> String {
        """
        财政项目支出绩效目标申报表
        项目名称\t\(name)
        主管部门\t某委
        实施单位\t某单位
        年度资金申请总额\t\(total)
        项目 绩效 目标\t年度总体目标
        \t做好。
        一级指标\t二级指标\t三级指标\t指标值

        """ + rows
    }

    /// A fresh temporary folder for a test's files.
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("jixiao-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
