using System.Diagnostics;

namespace HauGiang.LegalKb.Bench.Scale;

/// <summary>What a worker reads of its process (memory) and the temporary files it cleans up.</summary>
internal static class WorkerProcess
{
    /// <summary>The current process, its figures refreshed.</summary>
    public static Process Current()
    {
        var process = Process.GetCurrentProcess();
        process.Refresh();
        return process;
    }

    /// <summary>Collects everything collectable, then reads the managed heap and the working set.</summary>
    public static (long ManagedHeap, long WorkingSet) MemoryAfterFullCollection()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var managed = GC.GetTotalMemory(forceFullCollection: true);
        return (managed, Current().WorkingSet64);
    }

    /// <summary>The bytes of every file under a folder.</summary>
    public static long FolderBytes(string folder) =>
        new DirectoryInfo(folder).EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Length);

    /// <summary>Deletes a temporary folder; one left behind is harmless.</summary>
    public static void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
