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
    public const string CitingPlan = """
        ỦY BAN NHÂN DÂN
        TỈNH THỬ NGHIỆM
        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        Độc lập - Tự do - Hạnh phúc
        Số: 9905/KH-UBND
        Thử Nghiệm, ngày 11 tháng 11 năm 2031
        KẾ HOẠCH
        TIẾP NỐI VIỆC THỬ NGHIỆM
        Ủy ban nhân dân tỉnh Thử Nghiệm ban hành Kế hoạch tiếp nối như sau:
        I. NHIỆM VỤ
        1. Thực hiện mục 1 phần I Kế hoạch số 9903/KH-UBND ngày 09/9/2031 của Ủy ban nhân dân tỉnh Thử Nghiệm.
        """;

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
