/// What a key asks the full screen to do. The screen model turns actions into walkthrough events.
public enum UIAction: Hashable, Sendable {
    /// Enter: the step is done, the selected answer is chosen, the field is saved, help closes.
    case confirm
    case back
    case moveUp
    case moveDown
    case pageUp
    case pageDown
    /// An answer or resume choice by its number, from 1.
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
    case toggleHelp
    /// Esc: closes the help or a text field without saving.
    case closeOverlay
    case quit
    case redraw
    case edit(TextFieldEdit)
}
