namespace HauGiang.LegalKb.Web.Editors;

/// <summary>
/// The editor area's addresses, all under <see cref="Prefix"/> (the only place the service accepts POST). Anonymous
/// users see none of it but the discreet "Đăng nhập" link in the footer.
/// </summary>
public static class EditorArea
{
    /// <summary>Every address of the editor area starts with this.</summary>
    public const string Prefix = "/bien-tap";

    public const string Home = Prefix;
    public const string SignIn = Prefix + "/dang-nhap";
    public const string SignOut = Prefix + "/dang-xuat";
    public const string Upload = Prefix + "/them";
    public const string Published = Prefix + "/van-ban";
    public const string Audit = Prefix + "/nhat-ky";
    public const string Accounts = Prefix + "/tai-khoan";

    /// <summary>The preview of a draft (Xem trước).</summary>
    public static string Draft(string id) => $"{Prefix}/ban-nhap/{id}";

    /// <summary>A publication's progress and result.</summary>
    public static string Job(string id) => $"{Prefix}/cong-bo/{id}";

    /// <summary>The withdrawal form of a published document.</summary>
    public static string Withdraw(string documentId) => $"{Published}/{documentId}/thu-hoi";

    /// <summary>The upload form for a newer text of a published document.</summary>
    public static string Replace(string documentId) => $"{Upload}?thay-the={Uri.EscapeDataString(documentId)}";

    /// <summary>True for a request to the editor area.</summary>
    public static bool Contains(PathString path) => path.StartsWithSegments(Prefix, StringComparison.OrdinalIgnoreCase);
}
