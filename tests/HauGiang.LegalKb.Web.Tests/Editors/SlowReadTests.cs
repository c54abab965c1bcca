using System.Text;
using HauGiang.LegalKb.Core.Pipeline;
using HauGiang.LegalKb.Core.Reading;
using HauGiang.LegalKb.Tests.Shared;
using HauGiang.LegalKb.Web.Editors.Preview;
using HauGiang.LegalKb.Web.Editors.Publishing;
using Microsoft.Extensions.DependencyInjection;

namespace HauGiang.LegalKb.Web.Tests.Editors;

/// <summary>
/// A file slower to read than a page waits (a scan's OCR): the preview says it is still being read, the read goes on
/// once in the background however often the page is looked at, the next look shows it, and publishing it does not
/// read it again.
/// </summary>
public sealed class SlowReadTests
{
    [Fact]
    public async Task ASlowReadGoesOnOnceInTheBackgroundAndThePublicationReusesIt()
    {
        var reader = new SlowReader();
        var pipeline = new KbPipelineBuilder();
        pipeline.Readers.Insert(0, reader);
        await using var site = await EditorSite.StartAsync(services: s => s.AddSingleton(pipeline.Build()));
        site.Services.GetRequiredService<PreviewBuilder>().PreviewWait = TimeSpan.FromMilliseconds(300);
        var editor = await site.SignedIn();

        var preview = await EditorSite.UploadOne(editor, "cham.txt", Encoding.UTF8.GetBytes(FictionalDocuments.Plan9903));
        var first = await editor.GetStringAsync(preview);
        var second = await editor.GetStringAsync(preview);

        Assert.All(new[] { first, second }, html =>
        {
            Assert.Contains("Tệp vẫn đang được đọc", html, StringComparison.Ordinal);
            Assert.DoesNotContain("Không công bố được", html, StringComparison.Ordinal);
            Assert.DoesNotContain("/cong-bo\"", html, StringComparison.Ordinal);
        });

        await Task.Delay(SlowReader.Delay + TimeSpan.FromSeconds(1));
        var done = await editor.GetStringAsync(preview);
        Assert.Contains("9903-kh-ubnd-2031", done, StringComparison.Ordinal);
        Assert.Contains("/cong-bo\"", done, StringComparison.Ordinal);

        var job = await site.Finished(await EditorSite.Publish(editor, preview));
        Assert.Equal(PublishState.Done, job.State);
        Assert.Equal(1, reader.SlowReads);
    }

    // Reads text as the plain-text reader does; a file named "cham" takes a few seconds, as an OCR'd scan would.
    private sealed class SlowReader : ISourceReader
    {
        public static readonly TimeSpan Delay = TimeSpan.FromSeconds(3);

        private readonly PlainTextReader _text = new();
        private int _slowReads;

        public int SlowReads => _slowReads;

        public bool CanRead(string extension) => _text.CanRead(extension);

        public ReadResult Read(SourceFile file)
        {
            if (Path.GetFileName(file.Path).StartsWith("cham", StringComparison.Ordinal))
            {
                Interlocked.Increment(ref _slowReads);
                Thread.Sleep(Delay);
            }

            return _text.Read(file);
        }
    }
}
