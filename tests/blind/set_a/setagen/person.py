"""A fictional person: attributes are whatever the documents need."""


class Person:
    def __init__(self, **kw):
        self.face = {}
        self.usage = None
        self.passport = {}
        self.chinese = None
        self.__dict__.update(kw)

    @property
    def full(self):
        """Given names then surname, as French letters address people."""
        return "%s %s" % (self.given.title(), self.surname)

    def __repr__(self):
        return "Person(%s)" % self.key
