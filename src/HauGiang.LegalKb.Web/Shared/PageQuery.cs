using System.Globalization;

namespace HauGiang.LegalKb.Web.Shared;

/// <summary>The <c>page</c> parameter of pages and API answers read in parts (as on the search page).</summary>
public static class PageQuery
{
    /// <summary>The page asked for, from 1 (the default) to <paramref name="count"/>; false with the reason otherwise.</summary>
    public static bool TryRead(HttpContext context, int count, out int page, out string? error) =>
        TryRead(context.Request.Query["page"].FirstOrDefault(), count, out page, out error);

    /// <summary>Page <paramref name="value"/>, from 1 (the default) to <paramref name="count"/>; false with the reason otherwise.</summary>
    public static bool TryRead(string? value, int count, out int page, out string? error)
    {
        error = null;
        page = 1;
        if (string.IsNullOrEmpty(value))
        {
            return true;
        }

        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out page) && page >= 1 && page <= count)
        {
            return true;
        }

        error = $"Tham số page phải là số nguyên từ 1 đến {count}.";
        return false;
    }
}
