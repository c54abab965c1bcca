using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace HauGiang.LegalKb.Search.Application;

/// <summary>
/// The JSON shape of the contracts, the same for the CLI's <c>--json</c> and the web API: camelCase names, kinds and
/// relations as camelCase strings. The front ends differ only in layout and escaping (<see cref="Cli"/>, <see cref="Apply"/>).
/// </summary>
public static class ContractJson
{
    /// <summary>Sets the contract conventions on <paramref name="options"/> (the web's, which escapes HTML-significant characters).</summary>
    public static JsonSerializerOptions Apply(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
        return options;
    }

    /// <summary>For a terminal: the conventions, Vietnamese letters unescaped, indented or one line.</summary>
    public static JsonSerializerOptions Cli(bool indented) => Apply(new JsonSerializerOptions
    {
        WriteIndented = indented,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    });
}
