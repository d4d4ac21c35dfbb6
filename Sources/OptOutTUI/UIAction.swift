/// What a key asks the full screen to do. The screen model turns actions into walkthrough events
/// and the front end's other commands (open a link, copy, redraw).
public enum UIAction: Hashable, Sendable {
    /// Enter: the step is done, the selected answer or resume choice is taken, the field's text or
    /// the list's ticks answer the form's question.
    case confirm
    case back
    case moveUp
    case moveDown
    case pageUp
    case pageDown
    /// An answer, a resume choice or a list's entry by its number, from 1.
    case chooseNumber(Int)
    case startSkip
    case markWaiting
    case startNote
    case openLink
    case copyLink
    /// `p`: show the step's link as a QR code, for a phone.
    case showPhoneCode
    /// `x`: the member's screen does not match the step.
    case startScreenDiffers
    /// `t`: build the objection draft from choices.
    case startDraft
    /// `e`: edit the objection draft's text.
    case editDraft
    /// Copy the objection draft's text (`c` on the form step, once drafted).
    case copyDraft
    /// `m`: record the day the form was sent.
    case startSent
    /// `r`: the confirmation arrived.
    case startReceived
    /// Space: tick or untick the selected entry of a list.
    case toggle
    /// `?`: open the key help.
    case showHelp
    /// Esc (and the keys that leave the help or the QR code): close what covers the step, the help,
    /// the QR code, or a form's field or list, without saving.
    case closeOverlay
    case quit
    case redraw
    case edit(TextFieldEdit)
}
