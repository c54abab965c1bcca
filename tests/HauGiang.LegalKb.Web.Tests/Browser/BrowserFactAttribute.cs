namespace HauGiang.LegalKb.Web.Tests.Browser;

/// <summary>Where the browser tests find Debian's Chromium; without it they report skipped, never a silent pass.</summary>
internal static class Chromium
{
    public const string Path = "/usr/bin/chromium";

    public const string NotFound = "chromium not found";

    public static bool Exists => File.Exists(Path);
}

/// <summary>A browser test: skipped with "chromium not found" when /usr/bin/chromium is absent.</summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (!Chromium.Exists)
        {
            Skip = Chromium.NotFound;
        }
    }
}

/// <summary>A browser test run once per data row (viewport): skipped with "chromium not found" when /usr/bin/chromium is absent.</summary>
public sealed class BrowserTheoryAttribute : TheoryAttribute
{
    public BrowserTheoryAttribute()
    {
        if (!Chromium.Exists)
        {
            Skip = Chromium.NotFound;
        }
    }
}
