using System.Text.Encodings.Web;
using System.Text.Unicode;
using JapanRussia.Core.Queries;
using JapanRussia.Web.Components.Pages.Sources;
using Microsoft.AspNetCore.Hosting.StaticWebAssets;
using Microsoft.AspNetCore.SignalR;

namespace JapanRussia.Web.Components;

public static class TimelinePagesExtensions
{
    /// <summary>
    /// The services the pages read through besides the timeline reader (the documents, and the safe source renderer),
    /// and their assets wherever the app is started from.
    /// </summary>
    public static WebApplicationBuilder AddTimelinePages(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);

        // Started as `dotnet JapanRussia.Web.dll` from the build output (the end-to-end tests do), the stylesheets
        // live in the project, not under the content root. The loader reads the build's manifest of where they are;
        // a published app has no such manifest and serves its own wwwroot, so this is a no-op there.
        StaticWebAssetsLoader.UseStaticWebAssets(builder.Environment, builder.Configuration);

        // The largest message a browser may send over the hub. Today that is the page's component descriptors (the year
        // brush's is ~3.4 KB), sent when the circuit starts and after each enhanced navigation, well inside SignalR's
        // 32 KB default; the bound is kept at 1 MB, where it was when the whole timeline's state came back this way.
        builder.Services.Configure<HubOptions>(options => options.MaximumReceiveMessageSize = 1024 * 1024);

        // Pages carry Japanese and Russian source text: written as it is, not as numeric entities. Markup characters are
        // always encoded, and so are the bidi controls, which stay visible as references in the page source.
        builder.Services.AddWebEncoders(options => options.TextEncoderSettings = PageTextSettings());

        builder.Services.AddSingleton<DocumentCatalog>();
        builder.Services.AddSingleton<SourceTextRenderer>();
        return builder;
    }

    private static TextEncoderSettings PageTextSettings()
    {
        var settings = new TextEncoderSettings(UnicodeRanges.All);
        settings.ForbidCharacters('\u061C', '\u200E', '\u200F', '\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069');
        return settings;
    }
}
