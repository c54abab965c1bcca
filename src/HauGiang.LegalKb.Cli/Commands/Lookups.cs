using HauGiang.LegalKb.Core.Corpus;
using HauGiang.LegalKb.Core.Model;

namespace HauGiang.LegalKb.Cli.Commands;

/// <summary>Lookups that turn "not found" and "several candidates" into user errors with a helpful message.</summary>
internal static class Lookups
{
    public static Lookup Require(KnowledgeBase knowledgeBase, string id)
    {
        var found = knowledgeBase.Find(id);
        if (found.IsAmbiguous)
        {
            throw new UserError($"Số hiệu {id} ứng với {found.Candidates.Count} văn bản, hãy dùng mã: {string.Join(", ", found.Candidates.Select(c => c.Id))}");
        }

        return found.Document is null
            ? throw new UserError($"Không tìm thấy văn bản hoặc mục: {id}. Xem danh sách: legalkb documents")
            : found;
    }

    public static LegalDocument RequireDocument(KnowledgeBase knowledgeBase, string id)
    {
        var found = Require(knowledgeBase, id);
        return found.Section is null ? found.Document! : throw new UserError($"{id} là một mục, không phải văn bản. Dùng: legalkb show {id}");
    }
}
