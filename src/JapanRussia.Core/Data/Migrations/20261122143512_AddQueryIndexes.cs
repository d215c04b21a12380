using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace JapanRussia.Core.JapanRussia.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class AddQueryIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_EventTopics_TopicId",
                table: "EventTopics");

            migrationBuilder.DropIndex(
                name: "IX_EventSources_PassageId",
                table: "EventSources");

            migrationBuilder.DropIndex(
                name: "IX_Events_EraId",
                table: "Events");

            migrationBuilder.DropIndex(
                name: "IX_Events_StartDate_EndDate",
                table: "Events");

            migrationBuilder.DropIndex(
                name: "IX_EventEntities_Kind_Name",
                table: "EventEntities");

            migrationBuilder.CreateIndex(
                name: "IX_EventTopics_TopicId_EventId",
                table: "EventTopics",
                columns: new[] { "TopicId", "EventId" });

            migrationBuilder.CreateIndex(
                name: "IX_EventSources_PassageId_EventId",
                table: "EventSources",
                columns: new[] { "PassageId", "EventId" });

            migrationBuilder.CreateIndex(
                name: "IX_Events_EraId_StartDate_EndDate_Id",
                table: "Events",
                columns: new[] { "EraId", "StartDate", "EndDate", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Events_StartDate_EndDate_Id",
                table: "Events",
                columns: new[] { "StartDate", "EndDate", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_EventEntities_Kind_Name_EventId",
                table: "EventEntities",
                columns: new[] { "Kind", "Name", "EventId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_EventTopics_TopicId_EventId",
                table: "EventTopics");

            migrationBuilder.DropIndex(
                name: "IX_EventSources_PassageId_EventId",
                table: "EventSources");

            migrationBuilder.DropIndex(
                name: "IX_Events_EraId_StartDate_EndDate_Id",
                table: "Events");

            migrationBuilder.DropIndex(
                name: "IX_Events_StartDate_EndDate_Id",
                table: "Events");

            migrationBuilder.DropIndex(
                name: "IX_EventEntities_Kind_Name_EventId",
                table: "EventEntities");

            migrationBuilder.CreateIndex(
                name: "IX_EventTopics_TopicId",
                table: "EventTopics",
                column: "TopicId");

            migrationBuilder.CreateIndex(
                name: "IX_EventSources_PassageId",
                table: "EventSources",
                column: "PassageId");

            migrationBuilder.CreateIndex(
                name: "IX_Events_EraId",
                table: "Events",
                column: "EraId");

            migrationBuilder.CreateIndex(
                name: "IX_Events_StartDate_EndDate",
                table: "Events",
                columns: new[] { "StartDate", "EndDate" });

            migrationBuilder.CreateIndex(
                name: "IX_EventEntities_Kind_Name",
                table: "EventEntities",
                columns: new[] { "Kind", "Name" });
        }
    }
}
