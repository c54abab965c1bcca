using HauGiang.LegalKb.Accounts;

namespace HauGiang.LegalKb.Cli.Tests.Commands;

/// <summary><c>legalkb users</c>: the first admin is made on the command line, with a password read from the input, never a default.</summary>
public sealed class UsersCommandTests
{
    [Fact]
    public void TheFirstAdminIsCreatedBesideTheIndexAndListed()
    {
        var index = Path.Combine(Path.GetTempPath(), "legalkb-cli-" + Guid.NewGuid().ToString("N"), ".index");

        var added = Run("quantri-mat-khau-1", "users", "add", "quantri", "--role", "admin", "--index", index);
        var listed = Run(null, "users", "list", "--json", "--index", index);

        Assert.Equal(0, added.ExitCode);
        Assert.Contains("Đã tạo tài khoản quantri (quản trị viên).", added.Out, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(index + "-editors", EditorFolders.DatabaseFile)));
        Assert.Equal(0, listed.ExitCode);
        Assert.Equal("admin", listed.Json.GetProperty("users")[0].GetProperty("roles")[0].GetString());
    }

    [Theory]
    [InlineData("ngan", "ít nhất 10 ký tự")]
    [InlineData("", "Chưa nhập mật khẩu")]
    public void AWeakOrMissingPasswordIsRefused(string password, string why)
    {
        var index = Path.Combine(Path.GetTempPath(), "legalkb-cli-" + Guid.NewGuid().ToString("N"), ".index");

        var refused = Run(password, "users", "add", "quantri", "--role", "admin", "--index", index);

        Assert.Equal(1, refused.ExitCode);
        Assert.Contains(why, refused.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnknownRoleIsRefused()
    {
        var index = Path.Combine(Path.GetTempPath(), "legalkb-cli-" + Guid.NewGuid().ToString("N"), ".index");

        var refused = Run("quantri-mat-khau-1", "users", "add", "x", "--role", "root", "--index", index);

        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("Vai trò không hợp lệ", refused.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void TheCommandLineRunsWithoutTheAspNetCoreFramework()
    {
        var config = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "legalkb.runtimeconfig.json"));

        Assert.DoesNotContain("Microsoft.AspNetCore.App", config, StringComparison.Ordinal);
    }

    private static CliRun Run(string? password, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var console = new CliConsole(output, error, IsTerminal: false) { ReadSecret = _ => password };
        var code = LegalKbCli.Run(args, console, Core.Pipeline.KbPipeline.Default);
        return new CliRun(code, output.ToString(), error.ToString());
    }
}
