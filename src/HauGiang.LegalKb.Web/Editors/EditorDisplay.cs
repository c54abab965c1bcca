using System.Globalization;
using HauGiang.LegalKb.Web.Editors.Publishing;

namespace HauGiang.LegalKb.Web.Editors;

/// <summary>How the editor area writes times and states: dd/MM/yyyy HH:mm in the server's time zone.</summary>
public static class EditorDisplay
{
    /// <summary>"09/09/2031 14:05".</summary>
    public static string Time(DateTime utc) =>
        DateTime.SpecifyKind(utc, DateTimeKind.Utc).ToLocalTime().ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture);

    /// <summary>"09/09/2031 14:05:33".</summary>
    public static string Moment(DateTime utc) =>
        DateTime.SpecifyKind(utc, DateTimeKind.Utc).ToLocalTime().ToString("dd/MM/yyyy HH:mm:ss", CultureInfo.InvariantCulture);

    /// <summary>A source's file name without the folders it sits in on the server ("ke-hoach-9901.docx").</summary>
    public static string FileName(string sourcePath) => Path.GetFileName(sourcePath);

    /// <summary>"1,2 MB", "35 KB".</summary>
    public static string Size(long bytes) => bytes >= 1024 * 1024
        ? string.Create(CultureInfo.GetCultureInfo("vi-VN"), $"{bytes / (1024.0 * 1024):0.#} MB")
        : string.Create(CultureInfo.GetCultureInfo("vi-VN"), $"{Math.Max(1, bytes / 1024)} KB");

    /// <summary>Where a publication stands, in words.</summary>
    public static string State(PublishJob job) => job.State switch
    {
        PublishState.Queued => "đang chờ",
        PublishState.Running => "đang thực hiện",
        PublishState.Done => "đã xong",
        _ => "không thành công",
    };
}
