using System.Globalization;
using Microsoft.AspNetCore.Identity;

namespace HauGiang.LegalKb.Accounts;

/// <summary>Identity's refusals in Vietnamese (the web pages and the CLI show them as they are).</summary>
public sealed class VietnameseIdentityErrors : IdentityErrorDescriber
{
    public override IdentityError PasswordTooShort(int length) => Error(nameof(PasswordTooShort), string.Format(CultureInfo.InvariantCulture, "Mật khẩu phải có ít nhất {0} ký tự.", length));

    public override IdentityError PasswordRequiresDigit() => Error(nameof(PasswordRequiresDigit), "Mật khẩu phải có ít nhất một chữ số.");

    public override IdentityError PasswordRequiresLower() => Error(nameof(PasswordRequiresLower), "Mật khẩu phải có ít nhất một chữ thường.");

    public override IdentityError PasswordRequiresUpper() => Error(nameof(PasswordRequiresUpper), "Mật khẩu phải có ít nhất một chữ hoa.");

    public override IdentityError PasswordRequiresNonAlphanumeric() => Error(nameof(PasswordRequiresNonAlphanumeric), "Mật khẩu phải có ít nhất một ký tự đặc biệt.");

    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) => Error(nameof(PasswordRequiresUniqueChars), string.Format(CultureInfo.InvariantCulture, "Mật khẩu phải có ít nhất {0} ký tự khác nhau.", uniqueChars));

    public override IdentityError DuplicateUserName(string userName) => Error(nameof(DuplicateUserName), $"Tên đăng nhập \"{userName}\" đã có người dùng.");

    public override IdentityError InvalidUserName(string? userName) => Error(nameof(InvalidUserName), $"Tên đăng nhập \"{userName}\" không hợp lệ: chỉ dùng chữ không dấu, chữ số và các dấu - . _ @ +.");

    public override IdentityError DefaultError() => Error(nameof(DefaultError), "Không thực hiện được thao tác với tài khoản.");

    public override IdentityError ConcurrencyFailure() => Error(nameof(ConcurrencyFailure), "Tài khoản vừa được người khác thay đổi; hãy thử lại.");

    public override IdentityError UserAlreadyInRole(string role) => Error(nameof(UserAlreadyInRole), $"Tài khoản đã có vai trò {EditorRoles.Describe(role)}.");

    private static IdentityError Error(string code, string description) => new() { Code = code, Description = description };
}
