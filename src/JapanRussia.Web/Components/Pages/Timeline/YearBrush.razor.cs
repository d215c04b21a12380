using System.Globalization;
using JapanRussia.Core.Queries;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;

namespace JapanRussia.Web.Components.Pages.Timeline;

public sealed partial class YearBrush : IAsyncDisposable
{
    private ElementReference _area;
    private IJSObjectReference? _module;
    private DotNetObjectReference<YearBrush>? _self;
    private (int From, int To)? _preview;

    [Inject]
    private IJSRuntime JS { get; set; } = null!;

    [Inject]
    private NavigationManager Navigation { get; set; } = null!;

    /// <summary>The address of the view shown (see <see cref="TimelineAddress.ToUrl"/>): a choice keeps its other filters.</summary>
    [Parameter, EditorRequired]
    public string Url { get; set; } = "/";

    /// <summary>Events per year from <see cref="OverviewStrip.FirstYear"/> on, under every filter but the years.</summary>
    [Parameter, EditorRequired]
    public int[] Counts { get; set; } = [];

    [Parameter, EditorRequired]
    public EraInfo[] Eras { get; set; } = [];

    private static int FirstYear => OverviewStrip.FirstYear;

    private static int LastYear => OverviewStrip.LastYear;

    /// <summary>What the label says while a span is dragged: its years and how many events they hold.</summary>
    public string PreviewText
    {
        get
        {
            if (_preview is not var (from, to))
            {
                return "";
            }

            var count = 0;
            for (var year = from; year <= to; year++)
            {
                var at = year - FirstYear;
                count += at >= 0 && at < Counts.Length ? Counts[at] : 0;
            }

            var span = from == to ? from.ToString(CultureInfo.InvariantCulture) : string.Create(CultureInfo.InvariantCulture, $"{from}–{to}");
            return string.Create(CultureInfo.CurrentCulture, $"{span}: {count:N0} {(count == 1 ? "event" : "events")}");
        }
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (!firstRender)
        {
            return;
        }

        _self = DotNetObjectReference.Create(this);
        _module = await JS.InvokeAsync<IJSObjectReference>("import", "./Components/Pages/Timeline/YearBrush.razor.js");
        await _module.InvokeVoidAsync("attach", _area, _self, FirstYear, LastYear);
    }

    /// <summary>Called by the script while a span is dragged.</summary>
    [JSInvokable]
    public void Preview(int from, int to)
    {
        _preview = Ordered(from, to);
        StateHasChanged();
    }

    /// <summary>Called by the script when a dragged span is let go: those years become the filter.</summary>
    [JSInvokable]
    public void SelectYears(int from, int to)
    {
        var (first, last) = Ordered(from, to);
        _preview = null;
        StateHasChanged();
        Navigation.NavigateTo(TimelineAddress.FromUrl(Url).WithYears(first, last).ToUrl());
    }

    /// <summary>Called by the script on a click: the era of that year becomes the filter.</summary>
    [JSInvokable]
    public void SelectYear(int year)
    {
        _preview = null;
        StateHasChanged();
        var era = Eras.FirstOrDefault(e => year >= e.StartYear && (e.EndYear is null || year <= e.EndYear));
        if (era is not null)
        {
            Navigation.NavigateTo(TimelineAddress.FromUrl(Url).OnlyEra(era.Id).ToUrl());
        }
    }

    /// <summary>Called by the script when a drag is abandoned.</summary>
    [JSInvokable]
    public void ClearPreview()
    {
        _preview = null;
        StateHasChanged();
    }

    private static (int From, int To) Ordered(int from, int to) =>
        (Math.Clamp(Math.Min(from, to), FirstYear, LastYear), Math.Clamp(Math.Max(from, to), FirstYear, LastYear));

    public async ValueTask DisposeAsync()
    {
        if (_module is not null)
        {
            try
            {
                await _module.InvokeVoidAsync("detach", _area);
                await _module.DisposeAsync();
            }
            catch (JSDisconnectedException)
            {
                // The circuit is gone; so is the page the script was attached to.
            }
        }

        _self?.Dispose();
    }
}
