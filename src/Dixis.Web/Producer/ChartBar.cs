namespace Dixis.Web.Producer;

/// <summary>One bar of a <c>BarChart</c>: what it is called, its value, and the value as the table shows it.</summary>
public sealed record ChartBar(string Label, decimal Value, string ValueText);
