namespace HauGiang.LegalKb.Web.Tests.Documents;

/// <summary>An untitled unit is named by its number and the first words of its text wherever units are listed.</summary>
public sealed class UnitNamesTests
{
    private const string Named = "1.3. Tăng cường nắm bắt tâm tư, nguyện vọng";

    [Fact]
    public async Task ContentsGomListsResultsAndPacksNameUntitledUnitsByTheirFirstWords()
    {
        await using var application = new LegalKbApplication();
        var client = application.CreateClient();
        var (_, document) = await client.GetText("/van-ban/100-kh-ubnd-2024");
        var (_, parent) = await client.GetText("/van-ban/100-kh-ubnd-2024/part_III__sec_1");
        var (_, results) = await client.GetText("/tim-kiem?q=" + Uri.EscapeDataString("nắm bắt tâm tư nguyện vọng"));
        var (_, pack) = await client.GetText("/tap-tai-lieu?s=100-kh-ubnd-2024/part_III__sec_1__subsec_1-3");

        Assert.Contains("<a href=\"#part_III__sec_1__subsec_1-3\">" + Named, document);
        Assert.Contains("<a href=\"/van-ban/100-kh-ubnd-2024/part_III__sec_1__subsec_1-3\">" + Named, parent);
        Assert.Contains("<a href=\"/van-ban/100-kh-ubnd-2024/part_III__sec_1__subsec_1-3\">" + Named, results);
        Assert.Contains("<h2>" + Named, pack);
        Assert.Contains("…", parent[parent.IndexOf(Named, StringComparison.Ordinal)..][..200]);
        Assert.DoesNotContain(">1.3.</a></li>", document + parent + results);
    }
}
