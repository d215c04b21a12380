namespace JapanRussia.Core.Documents;

public enum PassageKind
{
    Paragraph,
    ListItem,
    Heading,
    Caption,
}
