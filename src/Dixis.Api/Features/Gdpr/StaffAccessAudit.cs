using Dixis.Api.Problems;
using Dixis.Infrastructure.Data.Accounts;

namespace Dixis.Api.Features.Gdpr;

/// <summary>
/// Records every HTTP call by staff (the admin role) to an endpoint that reads or changes personal data, before the
/// endpoint runs: no access without its record. Which endpoints, and why, is <see cref="StaffAccessRecorder.Endpoints"/>;
/// a test checks that every <c>/admin</c> endpoint is either listed or known to touch no personal data. The caller
/// may give a reason in the <c>X-Audit-Reason</c> header; otherwise the endpoint's purpose is recorded.
/// </summary>
public sealed class StaffAccessAudit(RequestDelegate next)
{
    public const string ReasonHeader = "X-Audit-Reason";

    public async Task InvokeAsync(HttpContext context, StaffAccessRecorder recorder)
    {
        var endpoint = context.GetEndpoint();
        var name = endpoint?.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName ?? (endpoint as RouteEndpoint)?.RoutePattern.RawText;
        if (name is not null && StaffAccessRecorder.Endpoints.TryGetValue(name, out var audited) && (audited.Applies?.Invoke(context.Request.Path) ?? true)
            && context.User.IsInRole(Roles.Admin))
        {
            var reason = context.Request.Headers[ReasonHeader].ToString();
            if (!StaffAccessRecorder.IsAcceptableReason(reason))
            {
                var errors = new FieldErrors();
                errors.Add(ReasonHeader, "audit.reason");
                await ApiProblems.Validation(errors).ExecuteAsync(context);
                return;
            }

            var subjectId = audited.SubjectType switch
            {
                null => null,
                "job" => context.Request.Path.Value?.Split('/')[^1] is { Length: > 0 and <= 64 } job ? job : null,
                _ => context.Request.RouteValues["id"]?.ToString(),
            };
            await recorder.RecordAsync(context.User, name, $"{context.Request.Method} {context.Request.Path}", subjectId, reason, context.RequestAborted);
        }

        await next(context);
    }
}
