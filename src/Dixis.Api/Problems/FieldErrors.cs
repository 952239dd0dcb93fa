using Dixis.Domain.Greek;

namespace Dixis.Api.Problems;

/// <summary>Collects field errors as message codes and renders them in the request's language.</summary>
public sealed class FieldErrors
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    public bool Any => _errors.Count > 0;

    public void Add(string field, string code)
    {
        if (!_errors.TryGetValue(field, out var list))
        {
            _errors[field] = list = [];
        }

        list.Add(Messages.Get(code));
    }

    /// <summary>Adds <paramref name="code"/> when <paramref name="failed"/> holds; returns <paramref name="failed"/>.</summary>
    public bool When(bool failed, string field, string code)
    {
        if (failed)
        {
            Add(field, code);
        }

        return failed;
    }

    /// <summary>Checks a required text: present, trimmed length within limit, no control or invisible characters.</summary>
    public string? Text(string field, string? value, int maxLength, bool required = true)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            When(required, field, "required");
            return required ? null : "";
        }

        if (When(trimmed.Length > maxLength, field, "too-long") || When(!TextRules.IsClean(trimmed), field, "text"))
        {
            return null;
        }

        return trimmed.Normalize(System.Text.NormalizationForm.FormC);
    }

    /// <summary>Checks a Greek postal code: present (when required), NNNNN or NNN NN, and a known Greek area.</summary>
    public PostalCodeInfo? PostalCode(string field, string? value, bool required = true)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            When(required, field, "required");
            return null;
        }

        if (!Domain.Greek.PostalCode.TryParse(value, out var code))
        {
            Add(field, "postal-code");
            return null;
        }

        var info = PostalCodeDirectory.Lookup(code);
        When(info is null, field, "postal-code.unknown");
        return info;
    }

    /// <summary>Parses an enum by name (see <see cref="EnumNames"/>), adding <paramref name="code"/> when it is not one.</summary>
    public T Enum<T>(string field, string value, string code)
        where T : struct, System.Enum
    {
        if (EnumNames.TryParse<T>(value, out var parsed))
        {
            return parsed;
        }

        Add(field, code);
        return default;
    }

    public Dictionary<string, string[]> ToDictionary() => _errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal);
}
