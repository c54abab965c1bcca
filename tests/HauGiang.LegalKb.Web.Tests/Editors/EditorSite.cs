using System.Net;
using System.Text.RegularExpressions;
using HauGiang.LegalKb.Accounts;
using HauGiang.LegalKb.Web.Editors.Publishing;
using HauGiang.LegalKb.Web.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace HauGiang.LegalKb.Web.Tests.Editors;

/// <summary>
/// The service on its own copy of the corpus, its own index and its own accounts database, with an admin and an editor
/// (created as the CLI would); browsers that keep cookies; helpers to sign in and send forms with their token.
/// </summary>
internal sealed partial class EditorSite : IAsyncDisposable
{
    public const string Admin = "quantri";
    public const string AdminPassword = "quantri-mat-khau-1";
    public const string Editor = "bientap";
    public const string EditorPassword = "bientap-mat-khau-1";

    private EditorSite(LegalKbApplication application, string corpus)
    {
        Application = application;
        Corpus = corpus;
    }

    public LegalKbApplication Application { get; }

    public string Corpus { get; }

    public IServiceProvider Services => Application.Services;

    /// <summary>
    /// A site on a copy of the real corpus plus <paramref name="sources"/>; <paramref name="services"/> may change services,
    /// <paramref name="settings"/> add configuration.
    /// </summary>
    public static async Task<EditorSite> StartAsync(
        Action<IServiceCollection>? services = null, IReadOnlyDictionary<string, string?>? settings = null, params (string Name, string Text)[] sources)
    {
        var corpus = TestCorpus.Copy(sources);
        var all = new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>()) { ["LegalKb:EditorData"] = TestCorpus.NewTempFolder() };
        var application = new LegalKbApplication(corpus, services: services, settings: all);
        var site = new EditorSite(application, corpus);
        using var scope = application.Services.CreateScope();
        var accounts = scope.ServiceProvider.GetRequiredService<UserAccounts>();
        Assert.Null(await accounts.AddAsync(Admin, AdminPassword, EditorRoles.Admin));
        Assert.Null(await accounts.AddAsync(Editor, EditorPassword, EditorRoles.Editor));
        return site;
    }

    /// <summary>A browser: keeps cookies, does not follow redirects.</summary>
    public HttpClient Browser() => Application.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>A browser signed in as <paramref name="name"/>.</summary>
    public async Task<HttpClient> SignedIn(string name = Editor, string? password = null)
    {
        var browser = Browser();
        using var answer = await SignIn(browser, name, password ?? (name == Admin ? AdminPassword : EditorPassword));
        Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);
        return browser;
    }

    /// <summary>Sends the sign-in form as a person would (token from the form page).</summary>
    public static async Task<HttpResponseMessage> SignIn(HttpClient browser, string name, string password) =>
        await PostForm(browser, "/bien-tap/dang-nhap", "/bien-tap/dang-nhap", new() { ["name"] = name, ["password"] = password });

    /// <summary>Posts <paramref name="fields"/> to <paramref name="action"/> with the token of the page at <paramref name="page"/>.</summary>
    public static async Task<HttpResponseMessage> PostForm(HttpClient browser, string page, string action, Dictionary<string, string> fields)
    {
        var token = await Token(browser, page);
        var form = new Dictionary<string, string>(fields) { [token.Name] = token.Value };
        return await browser.PostAsync(action, new FormUrlEncodedContent(form));
    }

    /// <summary>Uploads files (name, bytes) from the upload form; <paramref name="replaces"/> names the document replaced.</summary>
    public static async Task<HttpResponseMessage> Upload(HttpClient browser, IEnumerable<(string Name, byte[] Bytes)> files, string? replaces = null)
    {
        var token = await Token(browser, replaces is null ? "/bien-tap/them" : $"/bien-tap/them?thay-the={replaces}");
        var form = new MultipartFormDataContent { { new StringContent(token.Value), token.Name } };
        if (replaces is not null)
        {
            form.Add(new StringContent(replaces), "replaces");
        }

        foreach (var (name, bytes) in files)
        {
            form.Add(new ByteArrayContent(bytes), "files", name);
        }

        return await browser.PostAsync("/bien-tap/them", form);
    }

    /// <summary>Uploads one file and returns its draft's preview address.</summary>
    public static async Task<string> UploadOne(HttpClient browser, string name, byte[] bytes, string? replaces = null)
    {
        using var answer = await Upload(browser, [(name, bytes)], replaces);
        Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);
        return answer.Headers.Location!.OriginalString;
    }

    /// <summary>Publishes the draft at <paramref name="preview"/> (as the replacement of <paramref name="replaces"/>); returns the job id.</summary>
    public static async Task<string> Publish(HttpClient browser, string preview, string? replaces = null)
    {
        var fields = replaces is null ? new Dictionary<string, string>() : new() { ["replaces"] = replaces };
        using var answer = await PostForm(browser, preview, preview + "/cong-bo", fields);
        Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);
        return answer.Headers.Location!.OriginalString.Split('/').Last();
    }

    /// <summary>Waits until the job is finished; returns it.</summary>
    public async Task<PublishJob> Finished(string jobId)
    {
        var queue = Services.GetRequiredService<PublishQueue>();
        for (var i = 0; i < 600; i++)
        {
            if (queue.Find(jobId) is { Pending: false } job)
            {
                return job;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"Job {jobId} did not finish.");
    }

    /// <summary>The generation in service.</summary>
    public string? Generation => Services.GetRequiredService<LiveIndex>().Generation;

    /// <summary>The antiforgery field of the page at <paramref name="page"/>.</summary>
    public static async Task<(string Name, string Value)> Token(HttpClient browser, string page)
    {
        var html = await browser.GetStringAsync(page);
        var match = TokenField().Match(html);
        Assert.True(match.Success, $"no form token on {page}");
        return (match.Groups[1].Value, WebUtility.HtmlDecode(match.Groups[2].Value));
    }

    public ValueTask DisposeAsync() => Application.DisposeAsync();

    [GeneratedRegex("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]+)\"\\s*/?>")]
    private static partial Regex TokenField();
}
