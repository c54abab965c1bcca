using System.Net;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace HauGiang.LegalKb.Web.Tests.Hostile;

/// <summary>Titles and notes of study packs are the one place users write text the service renders: none of it may break an answer.</summary>
public sealed partial class StudyPackInputTests
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

    [Theory]
    [MemberData(nameof(NonXmlCharacterCases))]
    public async Task CharactersXmlCannotHoldAreDroppedFromTitlesAndNotes(string form, string parameter, string character)
    {
        await using var application = new LegalKbApplication();
        using var response = await application.CreateClient().GetAsync($"{form}?s={HostileInputs.Section}&{parameter}=a{character}b");
        var body = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = form.EndsWith(".docx", StringComparison.Ordinal) ? WordText(body) : System.Text.Encoding.UTF8.GetString(body);
        Assert.DoesNotMatch(NonXml(), text);
        Assert.DoesNotContain("&#x0;", text);
        Assert.DoesNotContain("&#x1;", text);
        Assert.Matches("a[ \n]?b", text);
    }

    private static string WordText(byte[] docx)
    {
        using var stream = new MemoryStream(docx);
        using var word = WordprocessingDocument.Open(stream, false);
        return string.Join('\n', word.MainDocumentPart!.Document!.Body!.Elements<Paragraph>().Select(p => p.InnerText));
    }

    [GeneratedRegex("[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]")]
    private static partial Regex NonXml();
}
