namespace HauGiang.LegalKb.Web.Tests.Hostile;

/// <summary>The service on the real corpus plus <see cref="TestCorpus.HugePlan"/>, indexed once for every test that reads it.</summary>
public sealed class HugeCorpusFixture : IAsyncLifetime
{
    internal LegalKbApplication Application { get; private set; } = null!;

    public Task InitializeAsync()
    {
        Application = new LegalKbApplication(TestCorpus.Copy(("ke-hoach-9906.txt", TestCorpus.HugePlan())));
        _ = Application.CreateClient();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await Application.DisposeAsync();
}
