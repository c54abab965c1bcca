using System.Net;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Markdig;

namespace HauGiang.LegalKb.Web.Tests.Hostile;

/// <summary>One service for every row of the tables below: they only read, and a service per row would cost more than the rows.</summary>
public sealed class ServiceFixture : IAsyncDisposable
{
    internal LegalKbApplication Application { get; } = new();

    public ValueTask DisposeAsync() => Application.DisposeAsync();
}

/// <summary>Titles and notes of study packs are the one place users write text the service renders: none of it may break an answer.</summary>
public sealed partial class StudyPackInputTests(ServiceFixture fixture) : IClassFixture<ServiceFixture>
{
    public static TheoryData<string, string, string> NonXmlCharacterCases()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var character in HostileInputs.NonXmlCharacters)
        {
            foreach (var parameter in new[] { "t", "n0" })
            {
                foreach (var form in HostileInputs.PackForms)
                {
                    data.Add(form, parameter, character);
                }
            }
        }

        return data;
    }

    public static TheoryData<string, int> DeepMarkdownCases()
    {
        var data = new TheoryData<string, int>();
        foreach (var form in HostileInputs.PackForms)
        {
            for (var i = 0; i < HostileInputs.DeepMarkdown.Length; i++)
            {
                data.Add(form, i);
            }
        }

        return data;
    }

    public static TheoryData<int> ScriptInNotesCases() => new(Enumerable.Range(0, HostileInputs.ScriptInNotes.Length));

    [Theory]
    [MemberData(nameof(NonXmlCharacterCases))]
    public async Task CharactersXmlCannotHoldAreDroppedFromTitlesAndNotes(string form, string parameter, string character)
    {
        using var response = await fixture.Application.CreateClient().GetAsync($"{form}?s={HostileInputs.Section}&{parameter}=a{character}b");
        var body = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = form.EndsWith(".docx", StringComparison.Ordinal) ? WordText(body) : System.Text.Encoding.UTF8.GetString(body);
        Assert.DoesNotMatch(NonXml(), text);
        Assert.DoesNotContain("&#x0;", text);
        Assert.DoesNotContain("&#x1;", text);
        Assert.Matches("a[ \n]?b", text);
    }

    [Theory]
    [MemberData(nameof(DeepMarkdownCases))]
    public async Task DeeplyNestedNotesAreShownNotRefused(string form, int note)
    {
        var markdown = HostileInputs.DeepMarkdown[note];
        using var response = await fixture.Application.CreateClient().GetAsync($"{form}?s={HostileInputs.Section}&n0={Uri.EscapeDataString(markdown)}");
        var body = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = form.EndsWith(".docx", StringComparison.Ordinal) ? WordText(body) : System.Text.Encoding.UTF8.GetString(body);
        Assert.Matches("sâu|vừa", text);
    }

    [Theory]
    [MemberData(nameof(ScriptInNotesCases))]
    public async Task NotesAreSanitizedTheSameWayInTheBookletAndInTheMarkdownFile(int note)
    {
        var client = fixture.Application.CreateClient();
        var query = $"?s={HostileInputs.Section}&n0={Uri.EscapeDataString(HostileInputs.ScriptInNotes[note])}";
        var (status, booklet) = await client.GetText("/tap-tai-lieu" + query);
        var (fileStatus, markdown) = await client.GetText("/tap-tai-lieu/tai-ve.md" + query);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(HttpStatusCode.OK, fileStatus);
        var aside = NoteAside().Match(booklet);
        Assert.True(aside.Success, "the note is missing from the booklet");
        SafeHtml.AssertSafe(aside.Groups[1].Value, "the booklet");

        // The file as a Markdown viewer that renders raw HTML would show it.
        SafeHtml.AssertSafe(Markdown.ToHtml(markdown), "the Markdown file");
    }

    private static string WordText(byte[] docx)
    {
        using var stream = new MemoryStream(docx);
        using var word = WordprocessingDocument.Open(stream, false);
        return string.Join('\n', word.MainDocumentPart!.Document!.Body!.Elements<Paragraph>().Select(p => p.InnerText));
    }

    [GeneratedRegex("[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]")]
    private static partial Regex NonXml();

    [GeneratedRegex("<aside class=\"pack-note\" id=\"ghi-chu-0\"[^>]*>(.*?)</aside>", RegexOptions.Singleline)]
    private static partial Regex NoteAside();
}
