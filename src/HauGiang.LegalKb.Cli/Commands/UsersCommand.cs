using HauGiang.LegalKb.Accounts;
using Microsoft.Extensions.DependencyInjection;

namespace HauGiang.LegalKb.Cli.Commands;

/// <summary><c>users</c>: creates the first admin (and any account) and lists accounts, on the server, without a browser.</summary>
internal sealed class UsersCommand : ICommand
{
    /// <summary>Who the audit log names for what the command line did.</summary>
    public const string CommandLine = "(dòng lệnh)";

    public string Name => "users";

    public string Summary => "Tạo và liệt kê tài khoản biên tập (tài khoản quản trị đầu tiên được tạo ở đây).";

    public string Help => $"""
        legalkb users add TÊN --role admin|editor [--index DIR] [--accounts CHUỖI_KẾT_NỐI]
        legalkb users list [--json] [--index DIR] [--accounts CHUỖI_KẾT_NỐI]

        add    tạo tài khoản TÊN với vai trò admin (quản trị: thêm tài khoản, xem nhật ký, và mọi việc biên tập)
               hoặc editor (biên tập viên: tải lên, sửa thông tin, công bố, thay thế, thu hồi văn bản).
               Mật khẩu được hỏi hai lần và không hiện khi gõ; khi đầu vào chuẩn không phải bàn phím
               (echo "…" | legalkb users add …) thì đọc dòng đầu tiên của đầu vào chuẩn.
               Mật khẩu: {AccountsServices.PasswordRule}. Không có mật khẩu mặc định.
        list   liệt kê tài khoản: tên, vai trò, có đang bị khóa không.

        Cơ sở dữ liệu tài khoản mặc định là tệp {EditorFolders.DatabaseFile} trong thư mục "<chỉ mục>-editors" cạnh
        thư mục chỉ mục (.index → .index-editors/{EditorFolders.DatabaseFile}); được tạo ở lần dùng đầu tiên.
          --accounts   chuỗi kết nối SQLite khác ("Data Source=/srv/legalkb/accounts.db"); hoặc $LEGALKB_ACCOUNTS
          --role       vai trò của tài khoản mới: admin hoặc editor
        """;

    public int Run(CliOptions options, CliConsole console, Workspace workspace)
    {
        var action = options.Arguments.FirstOrDefault() ?? throw new UserError("Thiếu việc cần làm: legalkb users add TÊN --role admin|editor, hoặc legalkb users list.");
        using var services = Services(options, workspace);
        using var scope = services.CreateScope();
        AccountsDatabase.EnsureCreatedAsync(scope.ServiceProvider.GetRequiredService<AccountsDb>()).GetAwaiter().GetResult();
        var accounts = scope.ServiceProvider.GetRequiredService<UserAccounts>();
        return action switch
        {
            "add" => Add(options, console, accounts, scope.ServiceProvider.GetRequiredService<AuditLog>()),
            "list" => List(options, console, accounts),
            _ => throw new UserError($"Việc không hợp lệ: {action} (chỉ có add, list). Xem: legalkb users --help"),
        };
    }

    private static int Add(CliOptions options, CliConsole console, UserAccounts accounts, AuditLog audit)
    {
        var name = options.Arguments.ElementAtOrDefault(1) ?? throw new UserError("Thiếu tên tài khoản: legalkb users add TÊN --role admin|editor.");
        var role = options.Values.GetValueOrDefault("--role") ?? throw new UserError("Thiếu vai trò: --role admin hoặc --role editor.");
        var password = console.ReadSecret("Mật khẩu: ");
        if (string.IsNullOrEmpty(password))
        {
            throw new UserError("Chưa nhập mật khẩu.");
        }

        if (console.SecretsAreTyped && console.ReadSecret("Nhập lại mật khẩu: ") != password)
        {
            throw new UserError("Hai lần nhập mật khẩu không khớp.");
        }

        if (accounts.AddAsync(name, password, role).GetAwaiter().GetResult() is { } refused)
        {
            throw new UserError(refused);
        }

        audit.RecordAsync(CommandLine, AuditActions.AccountAdded, $"{name} ({EditorRoles.Describe(role)})").GetAwaiter().GetResult();
        console.Out.WriteLine($"Đã tạo tài khoản {name} ({EditorRoles.Describe(role)}).");
        return 0;
    }

    private static int List(CliOptions options, CliConsole console, UserAccounts accounts)
    {
        var listed = accounts.ListAsync().GetAwaiter().GetResult();
        if (options.Json)
        {
            CliJson.Write(console.Out, new { users = listed.Select(u => new { name = u.Name, roles = u.Roles, lockedOut = u.LockedOut }) });
            return 0;
        }

        foreach (var user in listed)
        {
            var locked = user.LockedOut ? ", đang bị khóa" : string.Empty;
            console.Out.WriteLine($"{user.Name,-24} {string.Join(", ", user.Roles.Select(EditorRoles.Describe))}{locked}");
        }

        return 0;
    }

    private static ServiceProvider Services(CliOptions options, Workspace workspace)
    {
        var connection = options.Values.GetValueOrDefault("--accounts")
            ?? Environment.GetEnvironmentVariable("LEGALKB_ACCOUNTS")
            ?? EditorFolders.ConnectionString(EditorFolders.Default(workspace.IndexDirectory()));
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddAccounts(_ => connection);
        services.AddScoped<UserAccounts>();
        services.AddScoped<AuditLog>();
        return services.BuildServiceProvider();
    }
}
