using System.Diagnostics;

namespace HauGiang.LegalKb.Tests.Shared;

/// <summary>Folders made read-only with chattr +i: read-only even for root (the tests run as root in CI).</summary>
internal static class ImmutableFolders
{
    /// <summary>Sets or clears the immutable flag; false when the file system or the machine cannot.</summary>
    public static bool Set(string folder, bool on)
    {
        if (!Directory.Exists(folder))
        {
            return false;
        }

        try
        {
            using var chattr = Process.Start(new ProcessStartInfo("chattr", [on ? "+i" : "-i", folder]) { RedirectStandardError = true });
            chattr!.WaitForExit();
            return chattr.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }
}

/// <summary>A fact that needs a read-only folder; skipped, with the reason, where chattr +i is not available.</summary>
public sealed class ImmutableFoldersFactAttribute : Xunit.FactAttribute
{
    public ImmutableFoldersFactAttribute()
    {
        var probe = Directory.CreateTempSubdirectory("legalkb-chattr-").FullName;
        try
        {
            if (!ImmutableFolders.Set(probe, on: true))
            {
                Skip = "skipped: this file system cannot make a folder read-only for root (chattr +i), so a read-only index cannot be made";
            }
        }
        finally
        {
            ImmutableFolders.Set(probe, on: false);
            Directory.Delete(probe);
        }
    }
}
