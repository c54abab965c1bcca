namespace HauGiang.LegalKb.Web.Tests.Hostile;

/// <summary>
/// The attack classes of issue 14 as data: each table is a kind of hostile input, each row one instance of it. A new
/// finding becomes a new row.
/// </summary>
internal static class HostileInputs
{
    /// <summary>A section every pack below quotes.</summary>
    public const string Section = "100-kh-ubnd-2024/part_III__sec_5";

    /// <summary>Characters XML 1.0 cannot hold (a Word file is XML), percent-encoded as a query string carries them.</summary>
    public static readonly string[] NonXmlCharacters = ["%00", "%01", "%08", "%0B", "%1F", "%EF%BF%BE"];

    /// <summary>The three forms of a pack: the booklet page, the Markdown download, the Word download.</summary>
    public static readonly string[] PackForms = ["/tap-tai-lieu", "/tap-tai-lieu/tai-ve.md", "/tap-tai-lieu/tai-ve.docx"];

    /// <summary>Notes nested past Markdig's depth limit (lists, quotes, emphasis), and nesting just under it.</summary>
    public static readonly string[] DeepMarkdown =
    [
        string.Concat(Enumerable.Repeat("- ", 100)) + "sâu",
        new string('>', 200) + " sâu",
        new string('*', 300) + "sâu" + new string('*', 300),
        string.Concat(Enumerable.Repeat("1. ", 100)) + "sâu",
        string.Concat(Enumerable.Repeat("> - ", 100)) + "sâu",
        new string('[', 1000) + "sâu" + new string(']', 1000),
        string.Concat(Enumerable.Repeat("- ", 20)) + "vừa",
    ];

    /// <summary>Notes that try to run script or lead elsewhere through markup a Markdown viewer would render.</summary>
    public static readonly string[] ScriptInNotes =
    [
        "<img src=x onerror=alert(1)>",
        "<script>alert(1)</script>",
        "<svg onload=alert(1)>",
        "<a href=\"javascript:alert(1)\">x</a>",
        "<iframe src=\"https://evil.example\"></iframe>",
        "[x](javascript:alert(1))",
        "[x](JaVaScRiPt:alert(1))",
        "[x]( javascript:alert(1) )",
        "[x](java&#115;cript:alert(1))",
        "![x](javascript:alert(1))",
        "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
        "[x](vbscript:msgbox(1))",
        "<javascript:alert(1)>",
        "[x][r]\n\n[r]: javascript:alert(1)",
        "[a](</x)<img src=x onerror=alert(1)>>)",
        "\\\\<img src=x onerror=alert(1)>",
        "`mã` <img src=x onerror=alert(1)>",
        "- mục\n\n  <img src=x onerror=alert(1)>",
        "> trích\n> <img src=x onerror=alert(1)>",
        "# Tiêu đề <img src=x onerror=alert(1)>",
        "*nhấn <img src=x onerror=alert(1)>*",
        "Dòng\\\n<img src=x onerror=alert(1)>",
        "<!-- <img src=x onerror=alert(1)> -->",
        "[x](https://example.org \"<img src=x onerror=alert(1)>\")",
    ];

    /// <summary>Host headers a client may send: none of them may reach a link people copy.</summary>
    public static readonly string[] ForeignHosts = ["evil.example", "evil.example:8443", "vanban.example.evil.example"];

    /// <summary>Every kind of page, for requests without a usable Host.</summary>
    public static readonly string[] Pages =
    [
        "/", "/tim-kiem?q=dan+chu", "/van-ban", "/van-ban/100-kh-ubnd-2024", "/van-ban/" + Section, "/so-do", "/tap-tai-lieu",
        "/tap-tai-lieu?s=" + Section,
    ];

    /// <summary>Requests Kestrel refuses itself, before any middleware runs (request line, headers, version).</summary>
    public static readonly (string Name, string Request, int Status)[] RefusedByKestrel =
    [
        ("request line over 8 KB", $"GET /{new string('a', 9000)} HTTP/1.1\r\nHost: localhost\r\n\r\n", 414),
        ("headers over 32 KB", $"GET / HTTP/1.1\r\nHost: localhost\r\nX-Big: {new string('b', 40000)}\r\n\r\n", 431),
        ("more than 100 headers", "GET / HTTP/1.1\r\nHost: localhost\r\n" + string.Concat(Enumerable.Range(0, 120).Select(i => $"X-H{i}: {i}\r\n")) + "\r\n", 431),
        ("HTTP/1.2", "GET / HTTP/1.2\r\nHost: localhost\r\n\r\n", 505),
        ("HTTP/1.1 without Host", "GET / HTTP/1.1\r\n\r\n", 400),
        ("two Host headers", "GET / HTTP/1.1\r\nHost: a.example\r\nHost: b.example\r\n\r\n", 400),
        ("HTTP/2.0 on an HTTP/1 connection", "GET / HTTP/2.0\r\nHost: localhost\r\n\r\n", 505),
        ("NUL in the target", "GET /\u0000 HTTP/1.1\r\nHost: localhost\r\n\r\n", 400),
        ("space in a header name", "GET / HTTP/1.1\r\nHost: localhost\r\nBad Header: x\r\n\r\n", 400),
        ("folded header line", "GET / HTTP/1.1\r\nHost: localhost\r\nX-A: a\r\n b\r\n\r\n", 400),
        ("garbage request line", "NOT-HTTP\r\n\r\n", 400),
    ];

    /// <summary>The largest answer any request may get, in bytes (pages, files, JSON).</summary>
    public const int MaxAnswerBytes = 1_000_000;

    private const string Huge = TestCorpus.HugePlanId + "/part_I__sec_1";
    private const string Medium = TestCorpus.HugePlanId + "/part_I__sec_2";

    /// <summary>
    /// Small requests for huge answers over <see cref="TestCorpus.HugePlan"/>: a study pack listing a 900,000-character
    /// section 50 times, or an 8,000-character one 50 times; the pages and API answers of huge sections and documents.
    /// Each row: the address, and the status it must get.
    /// </summary>
    public static readonly (string Url, int Status)[] HugeAnswers =
    [
        ("/tap-tai-lieu/tai-ve.md?s=" + Repeat(Huge, 50), 400),
        ("/tap-tai-lieu/tai-ve.docx?s=" + Repeat(Huge, 50), 400),
        ("/tap-tai-lieu?s=" + Repeat(Huge, 50), 400),
        ("/tap-tai-lieu/in?s=" + Huge, 400),
        ("/tap-tai-lieu/tai-ve.md?s=" + Repeat(Medium, 50), 400),
        ("/tap-tai-lieu/tai-ve.md?s=" + Repeat(Medium, 30), 200),
        ("/tap-tai-lieu/tai-ve.docx?s=" + Repeat(Medium, 30), 200),
        ("/tap-tai-lieu?s=" + Repeat(Medium, 30), 200),
        ("/van-ban/" + Huge, 200),
        ("/van-ban/" + Huge + "?page=2", 200),
        ("/van-ban/" + TestCorpus.HugePlanId + "/part_I__sec_3", 200),
        ("/van-ban/" + TestCorpus.HugePlanId + "/part_I", 200),
        ("/van-ban/" + TestCorpus.HugePlanId + "/part_II", 200),
        ("/van-ban/" + TestCorpus.HugePlanId, 200),
        ("/van-ban/" + TestCorpus.HugePlanId + "?page=2", 200),
        ("/api/sections/" + Huge, 200),
        ("/api/sections/" + TestCorpus.HugePlanId + "/part_I", 200),
        ("/api/documents/" + TestCorpus.HugePlanId, 200),
        ("/api/quotations/" + Huge, 200),
        ("/tim-kiem?q=doan+thu+nghiem", 200),
        ("/api/search?q=doan&top=100", 200),
        ("/api/citations?doc=" + TestCorpus.HugePlanId, 200),
        ("/so-do", 200),
        ("/van-ban/" + TestCorpus.HugePlanId + "/ban-in", 200),
        ("/van-ban/" + TestCorpus.HugePlanId + "/ban-in?page=2", 200),
        ("/van-ban/" + TestCorpus.HugePlanId + "/tai-ve.md", 200),
        ("/van-ban/" + TestCorpus.HugePlanId + "/tai-ve.docx?page=2", 200),
        ("/tim-kiem?doc=" + TestCorpus.HugePlanId + "&top=100", 200),
    ];

    private static string Repeat(string id, int times) => string.Join(',', Enumerable.Repeat(id, times));
}
