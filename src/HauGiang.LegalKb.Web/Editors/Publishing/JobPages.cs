using HauGiang.LegalKb.Web.Security;
using HauGiang.LegalKb.Web.Shared;

namespace HauGiang.LegalKb.Web.Editors.Publishing;

/// <summary><c>/bien-tap/cong-bo/{id}</c>: a publication's progress (the page reloads itself while it runs) and its result.</summary>
public static class JobPages
{
    public static void Map(RouteGroupBuilder editors) => editors.MapRead("/cong-bo/{id}", Show);

    private static IResult Show(string id, HttpContext context, PublishQueue queue) => queue.Find(id) is { } job
        ? Pages.Of<JobPage>(new JobModel(EditorSession.Of(context), job))
        : Pages.Message(StatusCodes.Status404NotFound, "Không có lượt công bố này (máy chủ có thể đã khởi động lại).");
}

/// <summary>The progress page: the session and the job as it stands.</summary>
public sealed record JobModel(EditorSession Session, PublishJob Job);
