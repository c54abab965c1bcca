using System.Text.Json;

namespace HauGiang.LegalKb.Web.Tests.Documents;

/// <summary>No developer words reach the people who read the site: not “corpus”, not a command to type, not “OpenAPI”.</summary>
public sealed class UsersWordsTests
{
    [Fact]
    public async Task NoPageSaysCorpusOrTellsReadersToRunACommand()
    {
        await using var application = new LegalKbApplication();
        var client = application.CreateClient();
        var (_, documents) = await client.GetJson("/api/documents");
        var pages = new List<string> { "/", "/van-ban", "/so-do", "/tap-tai-lieu", "/tim-kiem?q=m%E1%BA%B7t+tr%E1%BA%ADn", "/tap-tai-lieu?s=100-kh-ubnd-2024/part_III__sec_5", "/van-ban/100-kh-ubnd-2024/ban-in", "/van-ban?year=2013", "/tim-kiem?type=Quy%E1%BA%BFt%20%C4%91%E1%BB%8Bnh" };
        foreach (var document in documents.GetProperty("documents").EnumerateArray())
        {
            var id = document.GetProperty("id").GetString()!;
            pages.Add("/van-ban/" + id);
            var (_, full) = await client.GetJson("/api/documents/" + id);
            pages.AddRange(Ids(full.GetProperty("sections")).Select(eId => $"/van-ban/{id}/{eId}"));
        }

        Assert.True(pages.Count > 50);
        foreach (var page in pages)
        {
            var (_, html) = await client.GetText(page);
            Assert.DoesNotContain("corpus", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("dotnet", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("OpenAPI", System.Text.RegularExpressions.Regex.Replace(html, "<[^>]+>", " "), StringComparison.Ordinal);
        }
    }

    private static IEnumerable<string> Ids(JsonElement sections)
    {
        foreach (var section in sections.EnumerateArray())
        {
            yield return section.GetProperty("eId").GetString()!;
            foreach (var child in Ids(section.GetProperty("children")))
            {
                yield return child;
            }
        }
    }
}
