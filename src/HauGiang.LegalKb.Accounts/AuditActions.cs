namespace HauGiang.LegalKb.Accounts;

/// <summary>What an audit row records; stored as these values, shown by <see cref="Describe"/>.</summary>
public static class AuditActions
{
    public const string SignIn = "sign-in";
    public const string SignInFailed = "sign-in-failed";
    public const string SignOut = "sign-out";
    public const string Upload = "upload";
    public const string UploadRefused = "upload-refused";
    public const string Correction = "correction";
    public const string Discard = "discard";
    public const string Publish = "publish";
    public const string Replace = "replace";
    public const string Withdraw = "withdraw";
    public const string BuildFailed = "build-failed";
    public const string AccountAdded = "account-added";

    private static readonly Dictionary<string, string> s_names = new(StringComparer.Ordinal)
    {
        [SignIn] = "Đăng nhập",
        [SignInFailed] = "Đăng nhập không thành công",
        [SignOut] = "Đăng xuất",
        [Upload] = "Tải lên",
        [UploadRefused] = "Tệp bị từ chối",
        [Correction] = "Sửa thông tin",
        [Discard] = "Bỏ bản nháp",
        [Publish] = "Công bố",
        [Replace] = "Thay thế",
        [Withdraw] = "Thu hồi",
        [BuildFailed] = "Lập chỉ mục không thành công",
        [AccountAdded] = "Thêm tài khoản",
    };

    /// <summary>Every action, in the order shown in the log's filter.</summary>
    public static IReadOnlyList<string> All { get; } = [.. s_names.Keys];

    /// <summary>The action in users' words ("Công bố").</summary>
    public static string Describe(string action) => s_names.GetValueOrDefault(action, action);
}
