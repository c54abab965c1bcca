namespace HauGiang.LegalKb.Core.Model;

/// <summary>How one document relates to another it names.</summary>
public enum RelationKind
{
    /// <summary>Mentions it (dẫn chiếu).</summary>
    Cites,

    /// <summary>Implements it: "(triển khai) thực hiện Chương trình số 226-CTr/TU".</summary>
    Implements,

    /// <summary>Is based on it: "Căn cứ Luật …".</summary>
    BasedOn,

    /// <summary>Issues it: a Quyết định and the Quy chế it issues ("ban hành kèm theo").</summary>
    Issues,
}
