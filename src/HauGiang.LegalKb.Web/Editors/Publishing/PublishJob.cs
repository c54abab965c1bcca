using HauGiang.LegalKb.Core.Model;

namespace HauGiang.LegalKb.Web.Editors.Publishing;

/// <summary>Where a publication stands.</summary>
public enum PublishState
{
    /// <summary>Waiting for the one before it.</summary>
    Queued,

    /// <summary>Writing the corpus and building the generation.</summary>
    Running,

    /// <summary>In service.</summary>
    Done,

    /// <summary>Not done: the knowledge base is as it was.</summary>
    Failed,
}

/// <summary>
/// One publication, replacement or withdrawal, as its progress page shows it (a snapshot: the queue replaces it as
/// the work goes on).
/// </summary>
/// <param name="Id">16 hexadecimal digits.</param>
/// <param name="What">What is being done, in words ("Công bố ke-hoach-9901.docx").</param>
/// <param name="RequestedBy">The account that asked.</param>
/// <param name="Order">Its place in the queue (1 for the service's first).</param>
public sealed record PublishJob(string Id, string What, string RequestedBy, long Order)
{
    public PublishState State { get; init; } = PublishState.Queued;

    /// <summary>The step under way ("Đang đọc tệp 3/12").</summary>
    public string? Step { get; init; }

    /// <summary>The document published, replaced or withdrawn.</summary>
    public DocumentId? DocumentId { get; init; }

    /// <summary>The generation now in service, once done.</summary>
    public string? Generation { get; init; }

    /// <summary>Why it failed.</summary>
    public string? Error { get; init; }

    /// <summary>When it finished (UTC).</summary>
    public DateTime? FinishedAt { get; init; }

    /// <summary>True while it is not finished.</summary>
    public bool Pending => State is PublishState.Queued or PublishState.Running;
}
