namespace Dixis.Infrastructure.Data.Producers;

/// <summary>Where a producer stands: only active producers sell.</summary>
public enum ProducerStatus
{
    Pending = 0,
    Active = 1,
    Suspended = 2,
    Rejected = 3,
}
