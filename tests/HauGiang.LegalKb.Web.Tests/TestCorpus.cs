using HauGiang.LegalKb.Core.Corpus;
using HauGiang.LegalKb.Search.Generations;
using HauGiang.LegalKb.Tests.Shared;
using HauGiang.LegalKb.Core.Pipeline;

namespace HauGiang.LegalKb.Web.Tests;

/// <summary>Corpora and index folders for the tests: the real corpus, copies a test may change, fictional documents.</summary>
internal static class TestCorpus
{
    private static readonly Lazy<string> s_sharedIndex = new(() =>
    {
        var index = NewTempFolder();
        new IndexLifecycle(index, KbPipeline.Default).Build(CorpusLocation.Folder(RepoRoot.Corpus));
        return index;
    });

    /// <summary>The bundled corpus.</summary>
    public static string Real => RepoRoot.Corpus;

    /// <summary>An index of the real corpus built once for all tests that only read (the service writes nothing to it).</summary>
    public static string SharedIndex => s_sharedIndex.Value;

    /// <summary>A fictional plan, as a LawNet export would have it.</summary>
    public const string FictionalPlan = FictionalDocuments.Plan9903;

    /// <summary>A fictional plan that pinpoints a unit of <see cref="FictionalPlan"/>.</summary>
    public const string CitingPlan = FictionalDocuments.CitingPlan9905;

    /// <summary>A fictional plan whose text tries to inject markup and script.</summary>
    public const string HostilePlan = """
        ỦY BAN NHÂN DÂN
        TỈNH THỬ NGHIỆM
        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        Độc lập - Tự do - Hạnh phúc
        Số: 9904/KH-UBND
        Thử Nghiệm, ngày 10 tháng 10 năm 2031
        KẾ HOẠCH
        KIỂM THỬ AN TOÀN HIỂN THỊ
        Ủy ban nhân dân tỉnh Thử Nghiệm ban hành Kế hoạch kiểm thử như sau:
        I. MỤC ĐÍCH
        1. Nội dung thử nghiệm <script>alert('xss')</script> và "onmouseover=alert(1) x=" cùng <img src=x onerror=alert(2)> phải hiện nguyên văn.
        2. Thực hiện Quyết định số 217-QĐ/TW ngày 12/12/2013 của Bộ Chính trị <b>in đậm</b>.
        """;

    /// <summary>The id of <see cref="HugePlan"/>.</summary>
    public const string HugePlanId = "9906-kh-ubnd-2031";

    /// <summary>
    /// A fictional plan of about 1.6 MB: mục I.1 holds 8,000 lines (about 900,000 characters), mục I.2 about 8,000
    /// characters, mục I.3 one line of 300,000 characters, and phần II 999 articles (over a thousand units in all).
    /// </summary>
    public static string HugePlan()
    {
        var text = new System.Text.StringBuilder("""
            ỦY BAN NHÂN DÂN
            TỈNH THỬ NGHIỆM
            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            Độc lập - Tự do - Hạnh phúc
            Số: 9906/KH-UBND
            Thử Nghiệm, ngày 06 tháng 6 năm 2031
            KẾ HOẠCH
            KIỂM THỬ VĂN BẢN RẤT DÀI
            Ủy ban nhân dân tỉnh Thử Nghiệm ban hành Kế hoạch kiểm thử như sau:
            I. NỘI DUNG
            1. Mục rất dài

            """);
        for (var n = 1; n <= 8000; n++)
        {
            text.Append($"Đoạn {n}: cán bộ, công chức thực hiện nhiệm vụ thử nghiệm số {n} theo kế hoạch hư cấu của tỉnh Thử Nghiệm.\n");
        }

        text.Append("2. Mục vừa\n");
        for (var n = 1; n <= 110; n++)
        {
            text.Append($"Đoạn {n}: nội dung vừa phải của nhiệm vụ thử nghiệm số {n} trong mục vừa.\n");
        }

        text.Append("3. Một dòng rất dài");
        for (var n = 0; n < 40000; n++)
        {
            text.Append(" từ").Append(n);
        }

        text.Append("\nII. NHIỆM VỤ\n");
        for (var n = 1; n <= 1100; n++)
        {
            text.Append($"Điều {n}. Nhiệm vụ thử nghiệm số {n}\nNội dung của nhiệm vụ thử nghiệm số {n}.\n");
        }

        return text.Append("III. TỔ CHỨC THỰC HIỆN\nVăn phòng hư cấu theo dõi.\n").ToString();
    }

    /// <summary>A new empty folder under the temp folder.</summary>
    public static string NewTempFolder()
    {
        var path = Path.Combine(Path.GetTempPath(), "legalkb-web-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        return path;
    }

    /// <summary>A copy of the real corpus that a test may change, with extra sources (file name → text).</summary>
    public static string Copy(params (string Name, string Text)[] extraSources)
    {
        var target = NewTempFolder();
        foreach (var file in Directory.GetFiles(Real, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(Real, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }

        foreach (var (name, text) in extraSources)
        {
            File.WriteAllText(Path.Combine(target, "sources", name), text);
        }

        return target;
    }
}
