"""Socket.IO packets as a hostile client may garble them: a connect the server cannot read is refused, not ignored."""
from socketio.packet import CONNECT, Packet


class ReadablePacket(Packet):
    """A Socket.IO packet whose unreadable connect carries no auth, so the connect handler refuses it.

    A bare number as auth ("0.5") writes a CONNECT packet that python-socketio reads back as an ack id and a
    broken JSON tail; its server then only logs the error, and the client waits for an answer that never comes.
    """

    def decode(self, encoded_packet):
        try:
            return super().decode(encoded_packet)
        except ValueError:  # json.JSONDecodeError is one
            if self.packet_type != CONNECT:
                raise
            self.data, self.id = None, None
            return 0
