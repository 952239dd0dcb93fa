using Serilog.Core;
using Serilog.Events;
using Serilog.Parsing;

namespace Dixis.ServiceDefaults;

/// <summary>
/// Wraps the sinks of every Dixis process: each event reaches them with personal data masked (see
/// <see cref="PersonalDataMasker"/>) in its properties, its message template and its exception text.
/// </summary>
public sealed class PersonalDataMaskingSink(ILogEventSink inner) : ILogEventSink, IDisposable
{
    private static readonly MessageTemplateParser Parser = new();

    public void Emit(LogEvent logEvent) => inner.Emit(Mask(logEvent));

    /// <summary>The event with personal data masked; the same instance when there was none.</summary>
    public static LogEvent Mask(LogEvent logEvent)
    {
        var changed = false;
        var properties = new List<LogEventProperty>(logEvent.Properties.Count);
        foreach (var (name, value) in logEvent.Properties)
        {
            var masked = PersonalDataMasker.MaskValue(name, value);
            changed |= !ReferenceEquals(masked, value);
            properties.Add(new LogEventProperty(name, masked));
        }

        var template = logEvent.MessageTemplate;
        var templateText = PersonalDataMasker.MaskText(template.Text);
        if (templateText != template.Text)
        {
            template = Parser.Parse(templateText);
            changed = true;
        }

        var exception = logEvent.Exception;
        if (exception is not null)
        {
            var text = exception.ToString();
            var maskedText = PersonalDataMasker.MaskText(text);
            if (maskedText != text)
            {
                exception = new MaskedException(exception.GetType().FullName ?? "Exception", PersonalDataMasker.MaskText(exception.Message), maskedText);
                changed = true;
            }
        }

        return changed
            ? new LogEvent(logEvent.Timestamp, logEvent.Level, exception, template, properties, logEvent.TraceId ?? default, logEvent.SpanId ?? default)
            : logEvent;
    }

    public void Dispose() => (inner as IDisposable)?.Dispose();

    /// <summary>Stands in for an exception whose text held personal data: same type name, masked message and stack.</summary>
    public sealed class MaskedException(string originalType, string message, string text) : Exception(message)
    {
        public string OriginalType { get; } = originalType;

        public override string ToString() => text;
    }
}
