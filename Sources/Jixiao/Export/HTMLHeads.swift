/// Table heads and headings of the HTML documents from label keys: the catalog holds words only,
/// the markup is written here.
enum HTMLHeads {
    /// `<th>项目</th><th>三级指标</th>…` in the catalog's language.
    static func cells(_ keys: [Label], _ c: MessageCatalog) -> String {
        keys.map { "<th>" + XMLText.escape(c.label($0)) + "</th>" }.joined()
    }

    /// `<h2>单位得分</h2>`.
    static func heading(_ key: Label, _ c: MessageCatalog) -> String { "<h2>" + XMLText.escape(c.label(key)) + "</h2>" }
}
